package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    private static final String ACCEPTED = "write a year (2026), a quarter (2026-Q1) or a month (2026-03).";

    @ParameterizedTest
    @CsvSource({
            "2026,    2026, YEARLY,    1, 2026",
            "2026-Q1, 2026, QUARTERLY, 1, 2026-Q1",
            "2026-q4, 2026, QUARTERLY, 4, 2026-Q4",
            "2026-03, 2026, MONTHLY,   3, 2026-03",
            "2026-12, 2026, MONTHLY,  12, 2026-12",
            "1999-01, 1999, MONTHLY,   1, 1999-01",
            "' 2026-Q2 ', 2026, QUARTERLY, 2, 2026-Q2"})
    void parsesEveryFormAndWritesItBackCanonically(String text, int year, Frequency frequency, int index, String canonical) {
        Period period = Period.parse(text);

        assertThat(period).isEqualTo(new Period(year, frequency, index));
        assertThat(period.year()).isEqualTo(year);
        assertThat(period.toString()).isEqualTo(canonical);
        assertThat(Period.parse(period.toString())).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "26", "2026-Q5", "Q1-2026", "2026-3", "2026-00", "2026-Q0", "2026/03",
            "20260", "2026-", "2026-Q", "2026-Q1-01", "March 2026"})
    void rejectsOtherFormsSayingWhichAreAccepted(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The period '" + text + "' is not understood: " + ACCEPTED);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void rejectsBlankAsEmpty(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An empty period is not understood: " + ACCEPTED);
    }

    @Test
    void rejectsAnIndexOutsideItsFrequency() {
        assertThatThrownBy(() -> new Period(2026, Frequency.MONTHLY, 13))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A monthly period's index runs from 1 to 12, not 13");
        assertThatThrownBy(() -> new Period(2026, Frequency.YEARLY, 2))
                .hasMessage("A yearly period's index runs from 1 to 1, not 2");
    }

    @ParameterizedTest
    @CsvSource({
            "2024-02, 2024-02-01, 2024-02-29",
            "2025-02, 2025-02-01, 2025-02-28",
            "2026-04, 2026-04-01, 2026-04-30",
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2026-Q2, 2026-04-01, 2026-06-30",
            "2026-Q4, 2026-10-01, 2026-12-31",
            "2026,    2026-01-01, 2026-12-31"})
    void startsAndEndsOnItsFirstAndLastDay(String text, LocalDate start, LocalDate end) {
        Period period = Period.parse(text);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
    }

    @Test
    void aYearContainsItsQuartersAndMonthsAndAQuarterItsMonths() {
        Period year = Period.ofYear(2026);
        Period q3 = Period.quarter(2026, 3);

        assertThat(year.contains(q3)).isTrue();
        assertThat(year.contains(Period.month(2026, 12))).isTrue();
        assertThat(year.contains(year)).isTrue();
        assertThat(year.contains(Period.month(2027, 1))).isFalse();
        assertThat(year.contains(Period.ofYear(2025))).isFalse();
        assertThat(q3.contains(Period.month(2026, 7))).isTrue();
        assertThat(q3.contains(Period.month(2026, 9))).isTrue();
        assertThat(q3.contains(Period.month(2026, 10))).isFalse();
        assertThat(q3.contains(year)).isFalse();
        assertThat(Period.month(2026, 7).contains(q3)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "2026-12, 2027-01",
            "2026-01, 2026-02",
            "2026-Q4, 2027-Q1",
            "2026-Q2, 2026-Q3",
            "2026,    2027"})
    void stepsForwardAndBackAcrossYearEnds(String text, String following) {
        Period period = Period.parse(text);

        assertThat(period.next()).isEqualTo(Period.parse(following));
        assertThat(Period.parse(following).previous()).isEqualTo(period);
    }

    @Test
    void ordersByStartThenShorterFirst() {
        List<Period> sorted = Stream.of("2026-02", "2026", "2026-Q1", "2025-12", "2026-01", "2025")
                .map(Period::parse).sorted().toList();

        assertThat(sorted).extracting(Period::toString)
                .containsExactly("2025", "2025-12", "2026-01", "2026-Q1", "2026", "2026-02");
        assertThat(Period.parse("2026-03").compareTo(Period.parse("2026-03"))).isZero();
    }

    @Test
    void betweenListsEveryPeriodBothEndsIncluded() {
        assertThat(Period.between(Period.parse("2025-11"), Period.parse("2026-02"))).extracting(Period::toString)
                .containsExactly("2025-11", "2025-12", "2026-01", "2026-02");
        assertThat(Period.between(Period.parse("2026-Q3"), Period.parse("2027-Q2"))).extracting(Period::toString)
                .containsExactly("2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2");
        assertThat(Period.between(Period.ofYear(2018), Period.ofYear(2021))).extracting(Period::toString)
                .containsExactly("2018", "2019", "2020", "2021");
        assertThat(Period.between(Period.month(2026, 5), Period.month(2026, 5))).containsExactly(Period.month(2026, 5));
        assertThat(Period.between(Period.month(2026, 5), Period.month(2026, 4))).isEmpty();
    }

    @Test
    void betweenRefusesMixedFrequencies() {
        assertThatThrownBy(() -> Period.between(Period.ofYear(2026), Period.quarter(2026, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A range of periods needs the same frequency at both ends, not 2026 and 2026-Q4");
    }
}
