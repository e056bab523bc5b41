package org.a4ptracker.framework;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class FrameworkRepositoryPostgresTest extends FrameworkRepositoryContract {
}
