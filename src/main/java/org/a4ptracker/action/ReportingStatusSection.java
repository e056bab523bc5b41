package org.a4ptracker.action;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A stakeholder's reporting status on its public profile: the current cycle with the commitments that
 * fall on it, and every cycle's overall status.
 */
@Component
@Order(5)
class ReportingStatusSection implements PageSection.Provider {

    private final ReportingStatusService reporting;

    ReportingStatusSection(ReportingStatusService reporting) {
        this.reporting = reporting;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.STAKEHOLDER && subject.kind() != PageSection.Kind.MISSION) {
            return Optional.empty();
        }
        var status = reporting.status(subject.key(), reporting.currentCycle());
        return Optional.of(new PageSection("action/reporting", "reporting", Map.of("status", status,
                "falling", status.commitments().stream().filter(c -> c.state() != ReportingStatus.State.NOT_EXPECTED).toList(),
                "cycles", reporting.perCycle(subject.key()))));
    }
}
