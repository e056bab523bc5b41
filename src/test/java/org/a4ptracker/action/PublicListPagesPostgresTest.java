package org.a4ptracker.action;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class PublicListPagesPostgresTest extends PublicListPagesContract {
}
