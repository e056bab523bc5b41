package org.a4ptracker.indicator;

import org.a4ptracker.support.InEnglish;

import static org.a4ptracker.indicator.Attainment.State.MET;
import static org.a4ptracker.indicator.Attainment.State.NO_DATA;
import static org.a4ptracker.indicator.Attainment.State.OFF_TRACK;
import static org.a4ptracker.indicator.Attainment.State.ON_TRACK;
import static org.a4ptracker.indicator.Direction.HIGHER_IS_BETTER;
import static org.a4ptracker.indicator.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttainmentTest {

    /**
     * Uniformed Gender Parity Strategy, women in military contingents: target 15% in 2028.
     * The baseline 3.9% in 2018 is chosen for the test; on the straight path the 2021 value is
     * 3.9 + (15 - 3.9) * 3 / 10 = 7.23.
     */
    private static Attainment militaryWomen(int year, String observed) {
        return Attainment.assess(HIGHER_IS_BETTER, new BigDecimal("3.9"), 2018, new BigDecimal("15"), 2028,
                year, Optional.ofNullable(observed).map(BigDecimal::new));
    }

    /** Fatalities from malicious acts, chosen for the test: 60 in 2018 down to 20 in 2028; 40 expected in 2023. */
    private static Attainment fatalities(int year, String observed) {
        return Attainment.assess(LOWER_IS_BETTER, new BigDecimal("60"), 2018, new BigDecimal("20"), 2028,
                year, Optional.ofNullable(observed).map(BigDecimal::new));
    }

    @Test
    void womenInMilitaryContingents2021IsOffTrack() {
        Attainment a = militaryWomen(2021, "5.3");

        assertThat(a.state()).isEqualTo(OFF_TRACK);
        assertThat(a.year()).isEqualTo(2021);
        assertThat(a.observed()).isEqualByComparingTo("5.3");
        assertThat(a.target()).isEqualByComparingTo("15");
        assertThat(a.expectedOnPath()).isEqualTo(new BigDecimal("7.23"));
        assertThat(InEnglish.text(a.rule())).isEqualTo(
                "5.3 is below the 7.23 expected in 2021 on the straight path from 3.9 (2018) to 15 (2028)");
    }

    @Test
    void atOrAboveThePathIsOnTrack() {
        assertThat(militaryWomen(2021, "7.23").state()).isEqualTo(ON_TRACK);
        Attainment a = militaryWomen(2021, "8");
        assertThat(a.state()).isEqualTo(ON_TRACK);
        assertThat(InEnglish.text(a.rule())).isEqualTo(
                "8 is at or above the 7.23 expected in 2021 on the straight path from 3.9 (2018) to 15 (2028)");
    }

    @Test
    void reachingTheTargetEarlyIsMet() {
        Attainment a = militaryWomen(2021, "15.2");

        assertThat(a.state()).isEqualTo(MET);
        assertThat(a.expectedOnPath()).isEqualTo(new BigDecimal("7.23"));
        assertThat(InEnglish.text(a.rule())).isEqualTo("15.2 in 2021 already reaches the target of 15 set for 2028");
    }

    @Test
    void inAndAfterTheTargetYearOnlyTheTargetCounts() {
        assertThat(militaryWomen(2028, "15").state()).isEqualTo(MET);
        assertThat(InEnglish.text(militaryWomen(2028, "15").rule())).isEqualTo("15 is at or above the target of 15 set for 2028");
        assertThat(militaryWomen(2030, "16.5").state()).isEqualTo(MET);
        Attainment missed = militaryWomen(2028, "14.9");
        assertThat(missed.state()).isEqualTo(OFF_TRACK);
        assertThat(missed.expectedOnPath()).isEqualTo(new BigDecimal("15"));
        assertThat(InEnglish.text(missed.rule())).isEqualTo("14.9 is below the target of 15 set for 2028");
    }

    @Test
    void nothingReportedIsNoData() {
        Attainment a = militaryWomen(2021, null);

        assertThat(a.state()).isEqualTo(NO_DATA);
        assertThat(a.observed()).isNull();
        assertThat(a.expectedOnPath()).isNull();
        assertThat(InEnglish.text(a.rule())).isEqualTo("No value was reported for 2021, so attainment cannot be assessed");
        assertThat(fatalities(2028, null).state()).isEqualTo(NO_DATA);
    }

    @Test
    void lowerIsBetterOnTrackAtOrBelowThePath() {
        Attainment a = fatalities(2023, "38");

        assertThat(a.state()).isEqualTo(ON_TRACK);
        assertThat(a.expectedOnPath()).isEqualTo(new BigDecimal("40"));
        assertThat(InEnglish.text(a.rule())).isEqualTo(
                "38 is at or below the 40 expected in 2023 on the straight path from 60 (2018) to 20 (2028)");
        assertThat(fatalities(2023, "40").state()).isEqualTo(ON_TRACK);
    }

    @Test
    void lowerIsBetterOffTrackAboveThePath() {
        Attainment a = fatalities(2023, "45");

        assertThat(a.state()).isEqualTo(OFF_TRACK);
        assertThat(InEnglish.text(a.rule())).isEqualTo(
                "45 is above the 40 expected in 2023 on the straight path from 60 (2018) to 20 (2028)");
    }

    @Test
    void lowerIsBetterMetAtOrBelowTheTarget() {
        assertThat(fatalities(2023, "18").state()).isEqualTo(MET);
        assertThat(InEnglish.text(fatalities(2023, "18").rule())).isEqualTo("18 in 2023 already reaches the target of 20 set for 2028");
        assertThat(fatalities(2028, "20").state()).isEqualTo(MET);
        assertThat(InEnglish.text(fatalities(2028, "20").rule())).isEqualTo("20 is at or below the target of 20 set for 2028");
        assertThat(fatalities(2028, "21").state()).isEqualTo(OFF_TRACK);
        assertThat(InEnglish.text(fatalities(2028, "21").rule())).isEqualTo("21 is above the target of 20 set for 2028");
    }

    @Test
    void withoutABaselineOnlyTheTargetCounts() {
        Attainment behind = Attainment.assess(HIGHER_IS_BETTER, null, 0, new BigDecimal("15"), 2028,
                2021, Optional.of(new BigDecimal("12")));
        Attainment ahead = Attainment.assess(HIGHER_IS_BETTER, null, 0, new BigDecimal("15"), 2028,
                2021, Optional.of(new BigDecimal("16")));

        assertThat(behind.state()).isEqualTo(Attainment.State.NO_TARGET_YET);
        assertThat(behind.expectedOnPath()).isEqualTo(new BigDecimal("15"));
        assertThat(InEnglish.text(behind.rule())).isEqualTo("12 in 2021 comes before the target of 15 set for 2028, and with no baseline"
                + " there is no path to measure it against: no target yet");
        assertThat(ahead.state()).isEqualTo(MET);
    }

    @Test
    void theExpectedValueIsRoundedAndHeldAtTheBaselineBeforeTheBaselineYear() {
        Attainment third = Attainment.assess(HIGHER_IS_BETTER, BigDecimal.ZERO, 2020, BigDecimal.TEN, 2023,
                2021, Optional.of(new BigDecimal("3.4")));

        assertThat(third.expectedOnPath()).isEqualTo(new BigDecimal("3.333333")); // 10 / 3
        assertThat(third.state()).isEqualTo(ON_TRACK);
        assertThat(militaryWomen(2017, "3.9").expectedOnPath()).isEqualTo(new BigDecimal("3.9"));
        assertThat(militaryWomen(2017, "3.9").state()).isEqualTo(ON_TRACK);
    }

    @Test
    void aBaselineAtOrAfterTheTargetYearIsRefused() {
        assertThatThrownBy(() -> Attainment.assess(HIGHER_IS_BETTER, BigDecimal.ONE, 2028, BigDecimal.TEN, 2028,
                2026, Optional.of(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The baseline year (2028) must come before the target year (2028)");
    }
}
