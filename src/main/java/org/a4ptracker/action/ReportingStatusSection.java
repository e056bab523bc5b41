package org.a4ptracker.action;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A stakeholder's reporting status for the current cycle, on its public profile. */
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
        return Optional.of(new PageSection("action/fragments", "reporting",
                Map.of("status", reporting.status(subject.key(), reporting.currentCycle()))));
    }
}
