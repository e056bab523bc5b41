package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.List;

/** An indicator's definition, with its disaggregations and its baselines and targets. */
public record Indicator(long id, String code, String name, String description, Unit unit, Direction direction,
                        AggregationRule aggregation, String numerator, String denominator, Frequency frequency,
                        String reporterType, List<Integer> commitments, List<Disaggregation> disaggregations,
                        BigDecimal min, BigDecimal max, BigDecimal jumpThreshold, String source, List<Target> targets) {

    public static final String TOTAL = "_T";

    public record Disaggregation(String code, String label) {
    }

    /** A baseline, interim target or final target for one disaggregation and year, with its source. */
    public record Target(String disaggregation, int year, String kind, BigDecimal amount, String source) {
    }

    public boolean ratio() {
        return aggregation == AggregationRule.RATIO;
    }

    public List<Target> targetsFor(String disaggregation) {
        return targets.stream().filter(t -> t.disaggregation().equals(disaggregation)).toList();
    }

    public boolean hasDisaggregation(String code) {
        return disaggregations.stream().anyMatch(d -> d.code().equals(code));
    }
}
