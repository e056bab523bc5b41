package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The arithmetic of indicators, free of Spring and the database so that every figure shown can
 * be checked by hand. Results are rounded HALF_UP to {@value #SCALE} decimals with trailing zeros
 * stripped. "No data" is {@link Optional#empty()}, never zero: a mission that did not report
 * must not look like a mission that reported none.
 */
public final class IndicatorMath {

    static final int SCALE = 6;

    private IndicatorMath() {
    }

    /** Share of the expected (place, period) reports that arrived. */
    public record Completeness(int expected, int reported) {

        /** 0 when nothing is expected, so that an empty selection never reads as complete. */
        public double share() {
            return expected == 0 ? 0 : (double) reported / expected;
        }
    }

    private record Key(String place, Period period, String disaggregation) {
        static Key of(Observation o) {
            return new Key(o.place(), o.period(), o.disaggregation());
        }
    }

    /**
     * SUM adds every observation; AVERAGE is their plain mean; LATEST takes, per place, the
     * observations of its latest period (a stock such as personnel deployed, which must not be
     * added up over months) and sums those across places. RATIO needs two components: see
     * {@link #ratioOfSums}.
     */
    public static Optional<BigDecimal> aggregate(AggregationRule rule, List<Observation> values) {
        if (values.isEmpty()) {
            requireNotRatio(rule);
            return Optional.empty();
        }
        return Optional.of(switch (rule) {
            case SUM -> round(sum(values));
            case AVERAGE -> divide(sum(values), BigDecimal.valueOf(values.size()));
            case LATEST -> round(sum(latestPerPlace(values)));
            case RATIO -> throw ratioNeedsComponents();
        });
    }

    /**
     * Sum of numerators over sum of denominators, as a ratio (0.25, not 25). Only keys (place,
     * period, disaggregation) reported on both sides count: a mission that sent its women but not
     * its total would otherwise inflate the share. Weighting by the denominator is the point:
     * the average of per-mission ratios would give a 20-person mission the weight of a 4,000-one.
     */
    public static Optional<BigDecimal> ratioOfSums(List<Observation> numerators, List<Observation> denominators) {
        Map<Key, BigDecimal> num = byKey(numerators);
        Map<Key, BigDecimal> den = byKey(denominators);
        num.keySet().retainAll(den.keySet());
        if (num.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal numSum = num.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal denSum = num.keySet().stream().map(den::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (denSum.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(divide(numSum, denSum));
    }

    /**
     * One aggregate per period, in the order given, from the observations each period contains
     * (the months and quarters of a year, or the period itself). A period with no observation
     * maps to empty.
     */
    public static Map<Period, Optional<BigDecimal>> series(
            AggregationRule rule, List<Observation> values, List<Period> periods) {
        requireNotRatio(rule);
        return perPeriod(periods, p -> aggregate(rule, within(p, values)));
    }

    /** {@link #ratioOfSums} per period, each from the observations that period contains. */
    public static Map<Period, Optional<BigDecimal>> ratioSeries(
            List<Observation> numerators, List<Observation> denominators, List<Period> periods) {
        return perPeriod(periods, p -> ratioOfSums(within(p, numerators), within(p, denominators)));
    }

    /**
     * Expected is every place for every period; reported counts the distinct (place, period)
     * pairs of that grid with at least one observation. Periods match exactly: pass the months
     * to measure a monthly indicator, not the year.
     */
    public static Completeness completeness(List<Observation> values, Set<String> places, List<Period> periods) {
        Set<Period> wanted = Set.copyOf(periods);
        long reported = values.stream()
                .filter(o -> places.contains(o.place()) && wanted.contains(o.period()))
                .map(o -> Map.entry(o.place(), o.period()))
                .distinct()
                .count();
        return new Completeness(places.size() * wanted.size(), (int) reported);
    }

    /** HALF_UP to {@value #SCALE} decimals, trailing zeros stripped but never shown as 1E+2. */
    static BigDecimal round(BigDecimal amount) {
        BigDecimal stripped = amount.setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return round(dividend.divide(divisor, SCALE, RoundingMode.HALF_UP));
    }

    private static List<Observation> latestPerPlace(List<Observation> values) {
        Map<String, Period> latest = values.stream().collect(Collectors.toMap(
                Observation::place, Observation::period, (a, b) -> a.compareTo(b) >= 0 ? a : b));
        return values.stream().filter(o -> o.period().equals(latest.get(o.place()))).toList();
    }

    private static BigDecimal sum(List<Observation> values) {
        return values.stream().map(Observation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // Duplicate keys are added together, as one reporter's two lines for the same cell would be.
    private static Map<Key, BigDecimal> byKey(List<Observation> values) {
        return values.stream().collect(Collectors.toMap(
                Key::of, Observation::amount, BigDecimal::add, LinkedHashMap::new));
    }

    private static List<Observation> within(Period period, List<Observation> values) {
        return values.stream().filter(o -> period.contains(o.period())).toList();
    }

    private static Map<Period, Optional<BigDecimal>> perPeriod(
            List<Period> periods, Function<Period, Optional<BigDecimal>> aggregateOf) {
        var result = new LinkedHashMap<Period, Optional<BigDecimal>>();
        periods.forEach(p -> result.put(p, aggregateOf.apply(p)));
        return result;
    }

    private static void requireNotRatio(AggregationRule rule) {
        if (rule == AggregationRule.RATIO) {
            throw ratioNeedsComponents();
        }
    }

    private static IllegalArgumentException ratioNeedsComponents() {
        return new IllegalArgumentException(
                "A RATIO indicator is computed from its numerator and denominator: use ratioOfSums or ratioSeries");
    }
}
