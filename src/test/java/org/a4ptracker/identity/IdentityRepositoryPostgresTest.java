package org.a4ptracker.identity;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class IdentityRepositoryPostgresTest extends IdentityRepositoryContract {
}
