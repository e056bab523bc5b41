package org.a4ptracker.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.identity.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: recompute every summary after a change made by SQL (see {@link SummaryService}). */
@RestController
@Tag(name = "Progress", description = "The overview of progress: endorsements, reporting, actions, perception, indicators off track")
class SummaryApiController {

    private final SummaryService summaries;

    SummaryApiController(SummaryService summaries) {
        this.summaries = summaries;
    }

    @Operation(summary = "Recompute every summary table from the rows it sums (administrators), after a bulk change made by SQL")
    @PostMapping("/api/v1/admin/summaries/recompute")
    SummaryService.Recomputed recompute(CurrentUser admin) {
        return summaries.recomputeSummaries(admin);
    }
}
