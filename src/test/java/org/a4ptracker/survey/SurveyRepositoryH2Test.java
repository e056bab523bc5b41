package org.a4ptracker.survey;

import org.a4ptracker.support.H2Test;

@H2Test
class SurveyRepositoryH2Test extends SurveyRepositoryContract {
}
