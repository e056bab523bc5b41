package org.a4ptracker.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.a4ptracker.action.ActionFilter;
import org.a4ptracker.action.ActionQueries;
import org.a4ptracker.action.ActionSummary;
import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.SampleDataProperties;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers the reports' data on demand from the same public services as the pages, so a report
 * never shows what the pages do not: published data only.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    private final ProgressService progress;
    private final ActionQueries actions;
    private final ReportingStatusService reporting;
    private final StakeholderService stakeholders;
    private final SampleDataProperties sampleData;
    private final Clock clock;

    ReportService(ProgressService progress, ActionQueries actions, ReportingStatusService reporting,
                  StakeholderService stakeholders, SampleDataProperties sampleData, Optional<Clock> clock) {
        this.progress = progress;
        this.actions = actions;
        this.reporting = reporting;
        this.stakeholders = stakeholders;
        this.sampleData = sampleData;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    ProgressReport progressReport(int cycle) {
        if (!reporting.cycles().contains(cycle)) {
            throw new NotFoundException("Reporting cycle", cycle);
        }
        var published = allPublished(new ActionFilter(null, null, null, null, null, cycle));
        return new ProgressReport(cycle, LocalDate.now(clock), sampleData.enabled(), progress.overview(), published);
    }

    StakeholderReport stakeholderReport(String code) {
        var stakeholder = stakeholders.summary(code); // 404 for an unknown code
        var statuses = reporting.cycles().stream().map(cycle -> reporting.status(stakeholder.code(), cycle)).toList();
        var published = allPublished(new ActionFilter(null, null, stakeholder.code(), null, null, null));
        return new StakeholderReport(stakeholder.code(), stakeholder.names(), LocalDate.now(clock),
                sampleData.enabled(), statuses, published);
    }

    private List<ActionSummary> allPublished(ActionFilter filter) {
        return actions.allPublished(filter); // one query: paging through 50,000 actions re-read every skipped page
    }
}
