package org.a4ptracker.progress;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Links to a stakeholder's own report (PDF, XLSX) on its public profile, without the profile knowing of reports. */
@Component
@Order(50)
class ReportLinksSection implements PageSection.Provider {

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.STAKEHOLDER) {
            return Optional.empty();
        }
        return Optional.of(new PageSection("progress/fragments", "reports", Map.of("code", subject.key())));
    }
}
