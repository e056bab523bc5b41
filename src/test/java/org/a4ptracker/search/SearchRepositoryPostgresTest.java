package org.a4ptracker.search;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class SearchRepositoryPostgresTest extends SearchRepositoryContract {
}
