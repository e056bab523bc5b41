package org.a4ptracker.endorsement;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class EndorsementRepositoryPostgresTest extends EndorsementRepositoryContract {
}
