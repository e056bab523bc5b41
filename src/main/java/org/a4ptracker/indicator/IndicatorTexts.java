package org.a4ptracker.indicator;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.a4ptracker.shared.TranslatableTexts;
import org.springframework.stereotype.Component;

/** The indicators' names and descriptions, which an official translation may stand in for. */
@Component
class IndicatorTexts implements TranslatableTexts {

    private final IndicatorRepository indicators;

    IndicatorTexts(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<Kind> kinds() {
        return List.of(new Kind("indicator", Set.of("name", "description"),
                new TreeSet<>(indicators.all().stream().map(Indicator::code).toList())));
    }
}
