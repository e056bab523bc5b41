package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * What a series shows for each year: the computed figure, the figure published as such (ratios), how many reporters
 * have data, the note of the latest value and whether sample data took part. Worked out either from the kept yearly
 * rows of the public figures ({@link #fromRows}) or from the values themselves ({@link #fromValues}, for provisional
 * views); both give the same figures for the same approved values (tested on H2 and PostgreSQL).
 *
 * @param firstYear the first year with data (own values, or a ratio's numerator), null when there is none
 * @param byYear    what one year shows
 */
record YearTotals(Integer firstYear, IntFunction<YearTotals.Year> byYear) {

    /** One year; {@code computed} empty when nothing was reported, never zero. */
    record Year(Optional<BigDecimal> computed, Optional<BigDecimal> published, int reporters, String note, boolean sample) {
        static final Year NONE = new Year(Optional.empty(), Optional.empty(), 0, null, false);
    }

    Year year(int year) {
        return byYear.apply(year);
    }

    /** From the rows of {@code indicator_year_figure}, ordered by year, then latest period first, then reporter. */
    static YearTotals fromRows(Indicator indicator, List<YearFigureRepository.Row> rows) {
        Map<Integer, List<YearFigureRepository.Row>> byYear = rows.stream()
                .collect(Collectors.groupingBy(YearFigureRepository.Row::year, java.util.TreeMap::new, Collectors.toList()));
        Integer first = rows.stream().filter(r -> r.ownValues() > 0 || r.numerators() > 0).map(YearFigureRepository.Row::year)
                .min(Integer::compare).orElse(null);
        return new YearTotals(first, year -> {
            var list = byYear.get(year);
            return list == null ? Year.NONE : yearOf(indicator, list);
        });
    }

    private static Year yearOf(Indicator indicator, List<YearFigureRepository.Row> rows) {
        var own = rows.stream().filter(r -> r.ownValues() > 0).toList();
        int ownCount = own.stream().mapToInt(YearFigureRepository.Row::ownValues).sum();
        BigDecimal ownSum = sum(own.stream().map(YearFigureRepository.Row::ownSum));
        Optional<BigDecimal> latest = own.isEmpty() ? Optional.empty()
                : Optional.of(IndicatorMath.round(sum(own.stream().map(YearFigureRepository.Row::latestAmount))));
        Optional<BigDecimal> computed;
        if (indicator.ratio()) {
            int pairs = rows.stream().mapToInt(YearFigureRepository.Row::pairs).sum();
            BigDecimal denominator = sum(rows.stream().map(YearFigureRepository.Row::pairDenominator));
            computed = pairs == 0 || denominator.signum() == 0 ? Optional.empty()
                    : Optional.of(IndicatorMath.divide(sum(rows.stream().map(YearFigureRepository.Row::pairNumerator)), denominator));
        } else if (ownCount == 0) {
            computed = Optional.empty();
        } else {
            computed = Optional.of(switch (indicator.aggregation()) {
                case SUM -> IndicatorMath.round(ownSum);
                case AVERAGE -> IndicatorMath.divide(ownSum, BigDecimal.valueOf(ownCount));
                case LATEST -> latest.orElseThrow();
                case RATIO -> throw new IllegalStateException("a ratio without components: " + indicator.code());
            });
        }
        int reporters = (int) rows.stream().filter(r -> (indicator.ratio() ? r.numerators() : r.ownValues()) > 0).count();
        String note = own.isEmpty() ? null : note(own.get(0).latestNote(), own.get(0).latestPeriod(), own.get(0).latestSource());
        return new Year(computed, indicator.ratio() ? latest : Optional.empty(), reporters, note,
                rows.stream().anyMatch(YearFigureRepository.Row::sample));
    }

    /** From the values (with a number or not applicable) of the indicator and, for a ratio, of its two components. */
    static YearTotals fromValues(Indicator indicator, List<IndicatorValue> ownValues, List<IndicatorValue> numeratorValues,
                                 List<IndicatorValue> denominatorValues) {
        var own = observations(ownValues);
        var numerators = observations(numeratorValues);
        var denominators = observations(denominatorValues);
        Set<Integer> sampleYears = new HashSet<>();
        for (var list : List.of(ownValues, numeratorValues, denominatorValues)) {
            list.stream().filter(IndicatorValue::sample).forEach(v -> sampleYears.add(Period.parse(v.period()).year()));
        }
        var withData = new ArrayList<>(own);
        withData.addAll(numerators);
        Integer first = withData.stream().map(o -> o.period().year()).min(Integer::compare).orElse(null);
        return new YearTotals(first, year -> {
            Period y = Period.ofYear(year);
            Optional<BigDecimal> computed = indicator.ratio() ? IndicatorMath.ratioSeries(numerators, denominators, List.of(y)).get(y)
                    : IndicatorMath.series(indicator.aggregation(), own, List.of(y)).get(y);
            Optional<BigDecimal> published = indicator.ratio()
                    ? IndicatorMath.series(AggregationRule.LATEST, own, List.of(y)).get(y) : Optional.empty();
            int reporters = (int) (indicator.ratio() ? numerators : own).stream().filter(o -> y.contains(o.period()))
                    .map(Observation::place).distinct().count();
            return new Year(computed, published, reporters, latestNote(ownValues, y), sampleYears.contains(year));
        });
    }

    private static List<Observation> observations(List<IndicatorValue> values) {
        return values.stream().filter(v -> v.amount() != null)
                .map(v -> new Observation(v.reporter(), Period.parse(v.period()), v.disaggregation(), v.amount())).toList();
    }

    /** The note and source of the latest value with a number in the year, e.g. "Observed April 2021 (source)". */
    private static String latestNote(List<IndicatorValue> values, Period year) {
        return values.stream().filter(v -> v.amount() != null && year.contains(Period.parse(v.period())))
                .max(Comparator.comparing(v -> Period.parse(v.period())))
                .map(v -> note(v.note(), v.period(), v.source())).orElse(null);
    }

    private static String note(String note, String period, String source) {
        return (note == null ? period : note) + (source == null ? "" : " (" + source + ")");
    }

    private static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
