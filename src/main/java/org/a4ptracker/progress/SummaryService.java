package org.a4ptracker.progress;

import org.a4ptracker.action.ActionSummaries;
import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.indicator.IndicatorFigures;
import org.a4ptracker.survey.SurveySummaries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Recompute summaries": rebuilds every summary row public pages read (published actions counted, published survey
 * rounds counted, indicators' yearly figures from approved values) from the data itself, in one transaction, after data
 * was changed by SQL by hand or restored.
 * Every app node sees the result on its next request. Run by an administrator
 * ({@code POST /api/v1/admin/summaries/recompute}) or from the command line ({@code --a4p.recompute-summaries}).
 */
@Service
@Transactional
public class SummaryService {

    /** What was rebuilt: tally rows of published actions, published survey rounds counted, rows of indicator yearly figures. */
    public record Recomputed(int actionTallyRows, int surveyRounds, int indicatorYearRows) {
    }

    private final ActionSummaries actions;
    private final SurveySummaries surveys;
    private final IndicatorFigures indicators;
    private final AccessPolicy access;
    private final AuditLog audit;

    SummaryService(ActionSummaries actions, SurveySummaries surveys, IndicatorFigures indicators, AccessPolicy access,
                   AuditLog audit) {
        this.actions = actions;
        this.surveys = surveys;
        this.indicators = indicators;
        this.access = access;
        this.audit = audit;
    }

    /** Recomputes every summary; {@code admin} null means the command line (recorded as "system"). */
    public Recomputed recomputeSummaries(CurrentUser admin) {
        if (admin != null) {
            access.requireAdministrator(admin, "RECOMPUTE_SUMMARIES");
        }
        var done = new Recomputed(actions.recompute(), surveys.recompute(), indicators.recompute());
        audit.changed(admin, "RECOMPUTE_SUMMARIES", "summaries", "all", null, done.actionTallyRows() + " action tally rows, "
                + done.surveyRounds() + " published rounds, " + done.indicatorYearRows() + " indicator yearly rows");
        return done;
    }
}
