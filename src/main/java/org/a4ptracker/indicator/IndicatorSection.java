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

    /** For each indicator, the latest assessed year of each breakdown that has targets. */
    private Map<String, java.util.List<Map<String, Object>>> attainment(java.util.List<Indicator> list) {
        var states = new java.util.HashMap<String, java.util.List<Map<String, Object>>>();
        for (Indicator i : list) {
            for (var d : i.disaggregations()) {
                if (i.targetsFor(d.code()).isEmpty()) {
                    continue;
                }
                indicators.series(null, i.code(), d.code(), null).years().stream()
                        .filter(y -> y.attainment() != null && y.attainment().state() != Attainment.State.NO_DATA)
                        .reduce((a, b) -> b)
                        .ifPresent(y -> states.computeIfAbsent(i.code(), k -> new java.util.ArrayList<>())
                                .add(Map.of("breakdown", d.label(), "year", y.year(), "state", y.attainment().state().name())));
            }
        }
        return states;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        return switch (subject.kind()) {
            case COMMITMENT -> Optional.of(new PageSection("indicator/fragments", "indicators",
                    Map.of("indicators", indicators.ofCommitment(Integer.parseInt(subject.key())), "reporter", "",
                            "attainment", attainment(indicators.ofCommitment(Integer.parseInt(subject.key()))))));
            case MISSION -> Optional.of(new PageSection("indicator/fragments", "indicators",
                    Map.of("indicators", indicators.catalogue().stream().filter(i -> i.reporterType().equals("MISSION")).toList(),
                            "reporter", subject.key())));
            default -> Optional.empty();
        };
    }
}
