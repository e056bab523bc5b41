package org.a4ptracker.survey;

import java.util.Map;

/**
 * A round's public figures after disclosure control ({@link Disclosure}): per asked commitment its
 * overall figure and its figure per respondent group, per area the pooled figure, and the response
 * counts. The tallies beside the shown figures are kept only to compute changes between rounds,
 * and are never published.
 */
record RoundFigures(Map<Integer, Cell> commitments, Map<Integer, Map<RespondentGroup, SurveyStatistics.Summary>> byGroup,
                    Map<Integer, Cell> areas, Rates rates) {

    record Cell(Tally tally, SurveyStatistics.Summary summary) {
        boolean shown() {
            return !summary.suppressed();
        }
    }

    record Rates(SurveyStatistics.ResponseRate overall, Map<RespondentGroup, SurveyStatistics.ResponseRate> byGroup) {
    }
}
