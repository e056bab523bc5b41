package org.a4ptracker.progress;

import org.a4ptracker.identity.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: recompute every summary after a change made by SQL (see {@link SummaryService}). */
@RestController
class SummaryApiController {

    private final SummaryService summaries;

    SummaryApiController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @PostMapping("/api/v1/admin/summaries/recompute")
    SummaryService.Recomputed recompute(CurrentUser admin) {
        return summaries.recomputeSummaries(admin);
    }
}
