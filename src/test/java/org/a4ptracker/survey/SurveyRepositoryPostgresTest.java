package org.a4ptracker.survey;

import org.a4ptracker.support.PostgresTest;

@PostgresTest
class SurveyRepositoryPostgresTest extends SurveyRepositoryContract {
}
