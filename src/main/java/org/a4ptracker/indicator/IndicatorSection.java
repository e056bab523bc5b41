package org.a4ptracker.indicator;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The indicators that evidence a commitment, on its page; those a mission reports, on the mission's page. */
@Component
@Order(20)
class IndicatorSection implements PageSection.Provider {

    private final IndicatorService indicators;

    IndicatorSection(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        return switch (subject.kind()) {
            case COMMITMENT -> Optional.of(new PageSection("indicator/fragments", "indicators",
                    Map.of("indicators", indicators.ofCommitment(Integer.parseInt(subject.key())), "reporter", "")));
            case MISSION -> Optional.of(new PageSection("indicator/fragments", "indicators",
                    Map.of("indicators", indicators.catalogue().stream().filter(i -> i.reporterType().equals("MISSION")).toList(),
                            "reporter", subject.key())));
            default -> Optional.empty();
        };
    }
}
