package org.a4ptracker.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The indicators that evidence a commitment, on its page, or any of an area's commitments, on the
 * area's page, each with its latest attainment; those a mission reports, on the mission's page.
 */
@Component
@Order(20)
class IndicatorSection implements PageSection.Provider {

    private final IndicatorService indicators;
    private final FrameworkService framework;

    IndicatorSection(IndicatorService indicators, FrameworkService framework) {
        this.indicators = indicators;
        this.framework = framework;
    }

    /** For each indicator, the latest assessed year of each breakdown that has targets. */
    private Map<String, List<Map<String, Object>>> attainment(List<Indicator> list) {
        var states = new HashMap<String, List<Map<String, Object>>>();
        for (Indicator i : list) {
            for (var a : indicators.latestAttainment(i)) {
                states.computeIfAbsent(i.code(), k -> new java.util.ArrayList<>())
                        .add(Map.of("breakdown", a.breakdown(), "year", a.year(), "state", a.state().name()));
            }
        }
        return states;
    }

    private PageSection evidence(List<Indicator> list) {
        return new PageSection("indicator/fragments", "indicators", Map.of("indicators", list, "reporter", "",
                "attainment", attainment(list)));
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        return switch (subject.kind()) {
            case COMMITMENT -> Optional.of(evidence(indicators.ofCommitment(Integer.parseInt(subject.key()))));
            case AREA -> {
                var commitments = framework.commitmentsOfArea(Integer.parseInt(subject.key())).stream().map(c -> c.number()).toList();
                yield Optional.of(evidence(indicators.catalogue().stream()
                        .filter(i -> i.commitments().stream().anyMatch(commitments::contains)).toList()));
            }
            case MISSION -> Optional.of(new PageSection("indicator/fragments", "indicators",
                    Map.of("indicators", indicators.catalogue().stream().filter(i -> i.reporterType().equals("MISSION")).toList(),
                            "reporter", subject.key())));
            default -> Optional.empty();
        };
    }
}
