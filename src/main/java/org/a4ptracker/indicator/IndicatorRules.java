package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an import accepts for one indicator: its code, the disaggregations values may be reported
 * for, and the allowed range of a value (either bound may be null for none).
 */
public record IndicatorRules(String code, Set<String> disaggregations, BigDecimal min, BigDecimal max) {

    /** The SDMX code of the total, which every indicator has. */
    public static final String TOTAL = "_T";

    public IndicatorRules {
        Objects.requireNonNull(code, "code");
        var all = new HashSet<>(disaggregations);
        all.add(TOTAL);
        disaggregations = Set.copyOf(all);
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("min " + min + " is above max " + max + " for " + code);
        }
    }
}
