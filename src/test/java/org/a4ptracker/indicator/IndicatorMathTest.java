package org.a4ptracker.indicator;

import static org.a4ptracker.indicator.AggregationRule.AVERAGE;
import static org.a4ptracker.indicator.AggregationRule.LATEST;
import static org.a4ptracker.indicator.AggregationRule.RATIO;
import static org.a4ptracker.indicator.AggregationRule.SUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IndicatorMathTest {

    private static Observation obs(String place, String period, String amount) {
        return Observation.of(place, Period.parse(period), new BigDecimal(amount));
    }

    private static Observation obs(String place, String period, String disaggregation, String amount) {
        return new Observation(place, Period.parse(period), disaggregation, new BigDecimal(amount));
    }

    private static Optional<BigDecimal> of(String amount) {
        return Optional.of(new BigDecimal(amount));
    }

    @Test
    void sumAddsEveryObservationNegativeAmountsIncluded() {
        // 10 + 20.5 - 3 = 27.5: a correction or a net change may be negative.
        var values = List.of(obs("MINUSCA", "2026", "10"), obs("MONUSCO", "2026", "20.5"), obs("UNMISS", "2026", "-3"));

        assertThat(IndicatorMath.aggregate(SUM, values)).isEqualTo(of("27.5"));
    }

    @Test
    void averageIsThePlainMeanRoundedHalfUpToSixDecimals() {
        // (10 + 20 + 25) / 3 = 18.3333...; (1 + 1 + 0) / 3 = 0.6666... rounds up.
        assertThat(IndicatorMath.aggregate(AVERAGE,
                List.of(obs("A", "2026", "10"), obs("B", "2026", "20"), obs("C", "2026", "25"))))
                .isEqualTo(of("18.333333"));
        assertThat(IndicatorMath.aggregate(AVERAGE,
                List.of(obs("A", "2026", "1"), obs("B", "2026", "1"), obs("C", "2026", "0"))))
                .isEqualTo(of("0.666667"));
    }

    @Test
    void latestTakesEachPlacesLatestMonthThenSumsAcrossPlaces() {
        // A's latest is March (120), B's February (50), C's January (30): 120 + 50 + 30 = 200.
        var values = List.of(
                obs("A", "2026-01", "100"), obs("A", "2026-03", "120"), obs("A", "2026-02", "110"),
                obs("B", "2026-02", "50"),
                obs("C", "2026-01", "30"));

        Optional<BigDecimal> latest = IndicatorMath.aggregate(LATEST, values);

        assertThat(latest).isEqualTo(of("200"));
        assertThat(latest.orElseThrow().toString()).isEqualTo("200");
    }

    @Test
    void latestAddsTheDisaggregationsOfAPlacesLatestPeriod() {
        // A in March: 12 women + 108 men = 120; February is superseded.
        var values = List.of(
                obs("A", "2026-02", "women", "10"), obs("A", "2026-02", "men", "100"),
                obs("A", "2026-03", "women", "12"), obs("A", "2026-03", "men", "108"));

        assertThat(IndicatorMath.aggregate(LATEST, values)).isEqualTo(of("120"));
    }

    @ParameterizedTest
    @EnumSource(value = AggregationRule.class, names = {"SUM", "AVERAGE", "LATEST"})
    void nothingReportedIsNoDataNotZero(AggregationRule rule) {
        assertThat(IndicatorMath.aggregate(rule, List.of())).isEmpty();
    }

    @Test
    void ratioIsNotAnAggregateOfOneList() {
        assertThatThrownBy(() -> IndicatorMath.aggregate(RATIO, List.of(obs("A", "2026", "1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use ratioOfSums or ratioSeries");
        assertThatThrownBy(() -> IndicatorMath.series(RATIO, List.of(), List.of(Period.ofYear(2026))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratioOfSumsWeighsMissionsByTheirSizeUnlikeTheAverageOfRatios() {
        // Mission A: 10 women of 100; mission B: 90 of 300.
        var women = List.of(obs("A", "2026", "10"), obs("B", "2026", "90"));
        var personnel = List.of(obs("A", "2026", "100"), obs("B", "2026", "300"));

        Optional<BigDecimal> ratioOfSums = IndicatorMath.ratioOfSums(women, personnel);
        // (0.10 + 0.30) / 2: what a spreadsheet of per-mission shares would give.
        BigDecimal averageOfRatios = new BigDecimal("0.10").add(new BigDecimal("0.30"))
                .divide(new BigDecimal("2"), 2, RoundingMode.HALF_UP);

        assertThat(ratioOfSums).isEqualTo(of("0.25")); // 100 / 400
        assertThat(averageOfRatios).isEqualByComparingTo("0.20");
        assertThat(ratioOfSums.orElseThrow()).isNotEqualByComparingTo(averageOfRatios);
    }

    @Test
    void aKeyReportedOnOneSideOnlyIsLeftOutOfBothSums() {
        // C sent women but no total, D a total but no women: 100 / 400 as before, not 150 / 1400.
        var women = List.of(obs("A", "2026", "10"), obs("B", "2026", "90"), obs("C", "2026", "50"));
        var personnel = List.of(obs("A", "2026", "100"), obs("B", "2026", "300"), obs("D", "2026", "1000"));

        assertThat(IndicatorMath.ratioOfSums(women, personnel)).isEqualTo(of("0.25"));
    }

    @Test
    void ratioKeysMatchOnPlacePeriodAndDisaggregation() {
        // Only (A, 2026, police) is on both sides: 5 / 20.
        var women = List.of(obs("A", "2026", "police", "5"), obs("A", "2026", "military", "7"));
        var personnel = List.of(obs("A", "2026", "police", "20"), obs("A", "2025", "military", "70"));

        assertThat(IndicatorMath.ratioOfSums(women, personnel)).isEqualTo(of("0.25"));
    }

    @Test
    void ratioWithNothingInCommonOrAZeroDenominatorIsNoData() {
        assertThat(IndicatorMath.ratioOfSums(List.of(), List.of())).isEmpty();
        assertThat(IndicatorMath.ratioOfSums(List.of(obs("A", "2026", "3")), List.of(obs("B", "2026", "9")))).isEmpty();
        assertThat(IndicatorMath.ratioOfSums(List.of(obs("A", "2026", "0")), List.of(obs("A", "2026", "0")))).isEmpty();
    }

    @Test
    void ratioIsRoundedHalfUp() {
        assertThat(IndicatorMath.ratioOfSums(List.of(obs("A", "2026", "1")), List.of(obs("A", "2026", "3"))))
                .isEqualTo(of("0.333333"));
        assertThat(IndicatorMath.ratioOfSums(List.of(obs("A", "2026", "2")), List.of(obs("A", "2026", "3"))))
                .isEqualTo(of("0.666667"));
    }

    @Test
    void resultsAreRoundedToSixDecimalsWithTrailingZerosStripped() {
        assertThat(IndicatorMath.aggregate(SUM, List.of(obs("A", "2026", "0.1234565")))).isEqualTo(of("0.123457"));
        assertThat(IndicatorMath.aggregate(SUM, List.of(obs("A", "2026", "0.1234564")))).isEqualTo(of("0.123456"));
        assertThat(IndicatorMath.aggregate(SUM, List.of(obs("A", "2026", "1.500000"), obs("B", "2026", "2.5"))))
                .isEqualTo(of("4"));
        assertThat(IndicatorMath.aggregate(SUM, List.of(obs("A", "2026", "50"), obs("B", "2026", "50")))
                .orElseThrow().toString()).isEqualTo("100");
    }

    @Test
    void aYearWithTwoOfFourQuartersSumsTheQuartersPresentAndIsHalfComplete() {
        var values = List.of(obs("A", "2026-Q1", "10"), obs("A", "2026-Q3", "5"));
        var quarters = Period.between(Period.quarter(2026, 1), Period.quarter(2026, 4));

        var yearly = IndicatorMath.series(SUM, values, List.of(Period.ofYear(2025), Period.ofYear(2026)));
        var quarterly = IndicatorMath.series(SUM, values, quarters);
        var completeness = IndicatorMath.completeness(values, Set.of("A"), quarters);

        assertThat(yearly).containsExactly(
                entry("2025", Optional.empty()), entry("2026", of("15")));
        assertThat(quarterly).containsExactly(
                entry("2026-Q1", of("10")), entry("2026-Q2", Optional.empty()),
                entry("2026-Q3", of("5")), entry("2026-Q4", Optional.empty()));
        assertThat(completeness).isEqualTo(new IndicatorMath.Completeness(4, 2));
        assertThat(completeness.share()).isEqualTo(0.5);
    }

    @Test
    void latestSeriesTakesEachPlacesLatestMonthWithinEachYear() {
        // 2026: A's June (130) + B's March (40) = 170. 2027: only A reported (140); B is not carried forward.
        var values = List.of(
                obs("A", "2026-01", "100"), obs("A", "2026-06", "130"), obs("A", "2027-02", "140"),
                obs("B", "2026-03", "40"));

        var series = IndicatorMath.series(LATEST, values, List.of(Period.ofYear(2026), Period.ofYear(2027), Period.ofYear(2028)));

        assertThat(series).containsExactly(
                entry("2026", of("170")), entry("2027", of("140")), entry("2028", Optional.empty()));
    }

    @Test
    void ratioSeriesDividesTheSumsOfEachYear() {
        // 2025: 10 / 100. 2026: (15 + 45) / (100 + 200) = 0.2. 2027: nothing.
        var women = List.of(obs("A", "2025", "10"), obs("A", "2026", "15"), obs("B", "2026", "45"));
        var personnel = List.of(obs("A", "2025", "100"), obs("A", "2026", "100"), obs("B", "2026", "200"));

        var series = IndicatorMath.ratioSeries(women, personnel, Period.between(Period.ofYear(2025), Period.ofYear(2027)));

        assertThat(series).containsExactly(
                entry("2025", of("0.1")), entry("2026", of("0.2")), entry("2027", Optional.empty()));
    }

    @Test
    void completenessCountsDistinctPlacePeriodPairsOfTheExpectedGridOnly() {
        // 3 places x 3 months = 9 expected. A-01 (twice: two disaggregations), A-02, B-03 count: 3.
        // D is not an expected place and April not an expected month.
        var values = List.of(
                obs("A", "2026-01", "women", "1"), obs("A", "2026-01", "men", "2"), obs("A", "2026-02", "3"),
                obs("B", "2026-03", "4"), obs("D", "2026-01", "5"), obs("A", "2026-04", "6"));

        var completeness = IndicatorMath.completeness(values, Set.of("A", "B", "C"),
                Period.between(Period.month(2026, 1), Period.month(2026, 3)));

        assertThat(completeness).isEqualTo(new IndicatorMath.Completeness(9, 3));
        assertThat(completeness.share()).isEqualTo(1.0 / 3);
    }

    @Test
    void nothingExpectedIsNotComplete() {
        assertThat(IndicatorMath.completeness(List.of(), Set.of(), List.of()).share()).isZero();
    }

    private static Map.Entry<Period, Optional<BigDecimal>> entry(String period, Optional<BigDecimal> value) {
        return Map.entry(Period.parse(period), value);
    }
}
