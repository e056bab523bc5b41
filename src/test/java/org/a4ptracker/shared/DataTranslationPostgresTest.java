package org.a4ptracker.shared;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class DataTranslationPostgresTest extends DataTranslationContract {
}
