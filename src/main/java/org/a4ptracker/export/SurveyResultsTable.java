package org.a4ptracker.export;

import org.a4ptracker.shared.TableWriter;
import org.a4ptracker.survey.ResultsService;
import org.a4ptracker.survey.Round;
import org.a4ptracker.survey.RoundState;
import org.a4ptracker.survey.SurveyService;
import org.a4ptracker.survey.SurveyStatistics;
import org.springframework.stereotype.Component;

/** Rows of {@code survey_results.csv}: per published round, commitment and group, with disclosure control. */
@Component
class SurveyResultsTable {

    private final SurveyService surveys;
    private final ResultsService results;

    SurveyResultsTable(SurveyService surveys, ResultsService results) {
        this.surveys = surveys;
        this.results = results;
    }

    void write(TableWriter rows) {
        for (Round round : surveys.rounds(null)) {
            if (round.state() != RoundState.PUBLISHED) { // a null reader is shown none; kept as a second lock
                continue;
            }
            // compared with itself: the default comparison, the round it was copied from, may be unpublished
            var res = results.results(null, round.id(), round.id());
            for (var c : res.commitments()) {
                row(rows, round, c.commitment(), "ALL", c.overall());
                c.byGroup().forEach((group, summary) -> row(rows, round, c.commitment(), group.name(), summary));
            }
        }
    }

    private static void row(TableWriter rows, Round round, int commitment, String group, SurveyStatistics.Summary s) {
        var row = new java.util.ArrayList<Object>(java.util.List.of(round.id(), round.title(), commitment, group));
        row.addAll(s.cells());
        row.add(round.sample());
        rows.row(row);
    }
}
