package org.a4ptracker.stakeholder;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class StakeholderRepositoryPostgresTest extends StakeholderRepositoryContract {
}
