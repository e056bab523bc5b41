package org.a4ptracker.survey;

import static org.a4ptracker.survey.Perception.DONT_KNOW;
import static org.a4ptracker.survey.Perception.FULL;
import static org.a4ptracker.survey.Perception.LITTLE;
import static org.a4ptracker.survey.Perception.NONE;
import static org.a4ptracker.survey.Perception.SIGNIFICANT;
import static org.a4ptracker.survey.Perception.SOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.a4ptracker.survey.SurveyStatistics.Change;
import org.a4ptracker.survey.SurveyStatistics.ResponseRate;
import org.a4ptracker.survey.SurveyStatistics.Summary;
import org.junit.jupiter.api.Test;

/**
 * Every expected figure is worked by hand in the comments, to six decimals, with
 * z = 1.959964, z² = 3.841459 and the t values of the table (NIST e-Handbook 1.3.6.7.2).
 * Wilson: centre = (p + z²/2n) / (1 + z²/n), half = z / (1 + z²/n) · √(p(1−p)/n + z²/4n²).
 */
class SurveyStatisticsTest {

    // Scores 0, 1, 2, 3, 4, 3 and one don't know.
    private static final List<Perception> ROUND_TWO =
            List.of(NONE, LITTLE, SOME, SIGNIFICANT, FULL, SIGNIFICANT, DONT_KNOW);
    // Scores 0, 1, 1, 2, 2.
    private static final List<Perception> ROUND_ONE = List.of(NONE, LITTLE, LITTLE, SOME, SOME);

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theWorkedExample() {
        // n = 6, Σx = 13, Σx² = 39: mean = 13/6 = 2.166667 → 2.17
        // s² = (6·39 − 13²) / (6·5) = 65/30 = 13/6, se = √(13/6 / 6) = √13 / 6 = 0.600925
        // t(5) = 2.571, half = 2.571 · 0.600925 = 1.544979 → 0.621688 .. 3.711646 → 0.62 .. 3.71
        // share = 3/6 = 0.5; z²/n = 0.640243, 1 + z²/n = 1.640243, centre = 0.820122 / 1.640243 = 0.5
        // half = 1.194923 · √(0.041667 + 0.026677) = 1.194923 · 0.261426 = 0.312384 → 0.1876 .. 0.8124
        Summary summary = SurveyStatistics.summarize(ROUND_TWO);

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.respondents()).isEqualTo(7);
        assertThat(summary.dontKnow()).isEqualTo(1);
        assertThat(summary.scored()).isEqualTo(6);
        assertThat(summary.meanScore()).isEqualTo(dec("2.17"));
        assertThat(summary.ciLow()).isEqualTo(dec("0.62"));
        assertThat(summary.ciHigh()).isEqualTo(dec("3.71"));
        assertThat(summary.shareSignificantOrFull()).isEqualTo(dec("0.5000"));
        assertThat(summary.shareCiLow()).isEqualTo(dec("0.1876"));
        assertThat(summary.shareCiHigh()).isEqualTo(dec("0.8124"));
    }

    @Test
    void theDistributionListsAllSixAnswersInScaleOrderWithZeros() {
        Summary summary = SurveyStatistics.summarize(ROUND_ONE);

        assertThat(summary.distribution().keySet()).containsExactly(Perception.values());
        assertThat(summary.distribution().values()).containsExactly(1, 2, 2, 0, 0, 0);
    }

    @Test
    void fourRespondentsAreSuppressedAndNothingLeaks() {
        Summary summary = SurveyStatistics.summarize(List.of(NONE, FULL, FULL, DONT_KNOW));

        assertThat(summary).isEqualTo(SurveyStatistics.withheld(Suppression.FEWER_THAN_5));
        assertThat(summary.suppressed()).isTrue();
        assertThat(summary.suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(Arrays.asList(summary.respondents(), summary.dontKnow(), summary.scored())).containsOnlyNulls();
        assertThat(summary.distribution()).isEmpty();
        assertThat(Arrays.asList(summary.meanScore(), summary.ciLow(), summary.ciHigh()))
                .containsOnlyNulls();
        assertThat(Arrays.asList(summary.shareSignificantOrFull(), summary.shareCiLow(), summary.shareCiHigh()))
                .containsOnlyNulls();
    }

    @Test
    void nobodyAnsweringIsSuppressedToo() {
        assertThat(SurveyStatistics.summarize(List.of())).isEqualTo(SurveyStatistics.withheld(Suppression.FEWER_THAN_5));
    }

    @Test
    void fiveRespondentsAreShown() {
        // Scores 2, 2, 3, 3, 4: Σx = 14, Σx² = 42, mean = 2.8
        // s² = (5·42 − 196) / 20 = 0.7, se = √(0.7/5) = 0.374166
        // t(4) = 2.776, half = 1.038684 → 1.761316 .. 3.838684 → 1.76 .. 3.84
        // share = 3/5 = 0.6; 1 + z²/n = 1.768292, centre = (0.6 + 0.384146) / 1.768292 = 0.556552
        // half = 1.108394 · √(0.048 + 0.038415) = 1.108394 · 0.293964 = 0.325827 → 0.2307 .. 0.8824
        Summary summary = SurveyStatistics.summarize(List.of(SOME, SOME, SIGNIFICANT, SIGNIFICANT, FULL));

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.respondents()).isEqualTo(5);
        assertThat(summary.meanScore()).isEqualTo(dec("2.80"));
        assertThat(summary.ciLow()).isEqualTo(dec("1.76"));
        assertThat(summary.ciHigh()).isEqualTo(dec("3.84"));
        assertThat(summary.shareSignificantOrFull()).isEqualTo(dec("0.6000"));
        assertThat(summary.shareCiLow()).isEqualTo(dec("0.2307"));
        assertThat(summary.shareCiHigh()).isEqualTo(dec("0.8824"));
    }

    @Test
    void aDontKnowCountsTowardsTheGroupSizeAndTheIntervalStopsAtTheBottomOfTheScale() {
        // 4 scored + 1 don't know = 5 respondents, shown. Scores 0, 1, 2, 3: mean 1.5
        // s² = (4·14 − 36) / 12 = 5/3, se = √(5/12) = 0.645497, t(3) = 3.182, half = 2.053972
        // 1.5 − 2.053972 = −0.553972 lies below score 0, so the bound is 0.00; 3.553972 → 3.55
        // share = 1/4; 1 + z²/n = 1.960365, centre = (0.25 + 0.480182) / 1.960365 = 0.372473
        // half = 0.999796 · √(0.046875 + 0.060023) = 0.999796 · 0.326952 = 0.326885 → 0.0456 .. 0.6994
        Summary summary = SurveyStatistics.summarize(List.of(NONE, LITTLE, SOME, SIGNIFICANT, DONT_KNOW));

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.respondents()).isEqualTo(5);
        assertThat(summary.dontKnow()).isEqualTo(1);
        assertThat(summary.scored()).isEqualTo(4);
        assertThat(summary.meanScore()).isEqualTo(dec("1.50"));
        assertThat(summary.ciLow()).isEqualTo(dec("0.00"));
        assertThat(summary.ciHigh()).isEqualTo(dec("3.55"));
        assertThat(summary.shareSignificantOrFull()).isEqualTo(dec("0.2500"));
        assertThat(summary.shareCiLow()).isEqualTo(dec("0.0456"));
        assertThat(summary.shareCiHigh()).isEqualTo(dec("0.6994"));
    }

    @Test
    void onlyDontKnowHasNoMeanAndNoShare() {
        Summary summary = SurveyStatistics.summarize(Collections.nCopies(5, DONT_KNOW));

        assertThat(summary.suppressed()).isFalse();
        assertThat(summary.respondents()).isEqualTo(5);
        assertThat(summary.dontKnow()).isEqualTo(5);
        assertThat(summary.scored()).isZero();
        assertThat(summary.distribution().values()).containsExactly(0, 0, 0, 0, 0, 5);
        assertThat(Arrays.asList(summary.meanScore(), summary.ciLow(), summary.ciHigh())).containsOnlyNulls();
        assertThat(Arrays.asList(summary.shareSignificantOrFull(), summary.shareCiLow(), summary.shareCiHigh()))
                .containsOnlyNulls();
    }

    @Test
    void oneScoredAnswerHasAMeanButNoInterval() {
        // n = 1: no n − 1 degrees of freedom, so no t interval. share = 0/1, and Wilson with
        // p = 0 runs from 0 to z² / (n + z²) = 3.841459 / 4.841459 = 0.793451 → 0.7935
        Summary summary = SurveyStatistics.summarize(List.of(DONT_KNOW, DONT_KNOW, DONT_KNOW, DONT_KNOW, SOME));

        assertThat(summary.scored()).isEqualTo(1);
        assertThat(summary.meanScore()).isEqualTo(dec("2.00"));
        assertThat(summary.ciLow()).isNull();
        assertThat(summary.ciHigh()).isNull();
        assertThat(summary.shareSignificantOrFull()).isEqualTo(dec("0.0000"));
        assertThat(summary.shareCiLow()).isEqualTo(dec("0.0000"));
        assertThat(summary.shareCiHigh()).isEqualTo(dec("0.7935"));
    }

    @Test
    void identicalAnswersGiveAPointIntervalForTheMeanButNotForTheShare() {
        // s = 0, so the t interval is 2.00 .. 2.00. share = 0/5, Wilson upper = z² / (5 + z²)
        // = 3.841459 / 8.841459 = 0.434482 → 0.4345
        Summary summary = SurveyStatistics.summarize(Collections.nCopies(5, SOME));

        assertThat(summary.ciLow()).isEqualTo(dec("2.00"));
        assertThat(summary.ciHigh()).isEqualTo(dec("2.00"));
        assertThat(summary.shareCiLow()).isEqualTo(dec("0.0000"));
        assertThat(summary.shareCiHigh()).isEqualTo(dec("0.4345"));
    }

    @Test
    void aMeanOnTheHalfRoundsUp() {
        // 1/8 = 0.125 → 0.13 (HALF_EVEN would give 0.12)
        Summary summary = SurveyStatistics.summarize(List.of(NONE, NONE, NONE, NONE, NONE, NONE, NONE, LITTLE));

        assertThat(summary.meanScore()).isEqualTo(dec("0.13"));
    }

    @Test
    void theChangeBetweenTwoRoundsUsesWelch() {
        // before: n1 = 5, mean 6/5, s1² = (5·10 − 36) / 20 = 0.7;  after: n2 = 6, mean 13/6, s2² = 13/6
        // difference = 13/6 − 6/5 = 29/30 = 0.966667 → 0.97
        // s1²/n1 = 0.14, s2²/n2 = 13/36 = 0.361111, se = √0.501111 = 0.707892
        // df = 0.501111² / (0.14²/4 + 0.361111²/5) = 0.251112 / (0.0049 + 0.026080) = 8.105563 (kept fractional)
        // t(8.105563) = 2.300787 (R: qt(0.975, 8.105563)), half = 1.628709 → −0.662042 .. 2.595375 → −0.66 .. 2.60
        Change change = SurveyStatistics.change(ROUND_ONE, ROUND_TWO);

        assertThat(change.suppressed()).isFalse();
        assertThat(change.difference()).isEqualTo(dec("0.97"));
        assertThat(change.ciLow()).isEqualTo(dec("-0.66"));
        assertThat(change.ciHigh()).isEqualTo(dec("2.60"));
    }

    @Test
    void twoRoundsWithoutSpreadChangeByExactlyTheDifference() {
        // both variances 0: df would be 0/0, the interval is the point 4 − 2 = 2
        Change change = SurveyStatistics.change(Collections.nCopies(5, SOME), Collections.nCopies(5, FULL));

        assertThat(change).isEqualTo(new Change(dec("2.00"), dec("2.00"), dec("2.00"), false, null));
    }

    @Test
    void aChangeIsSuppressedWhenEitherRoundIsTooSmallOrHasUnderTwoScores() {
        Change suppressed = new Change(null, null, null, true, Suppression.FEWER_THAN_5);
        Change unscored = new Change(null, null, null, true, Suppression.TOO_FEW_SCORES);
        List<Perception> oneScore = List.of(DONT_KNOW, DONT_KNOW, DONT_KNOW, DONT_KNOW, FULL);

        assertThat(SurveyStatistics.change(ROUND_ONE, List.of(FULL, FULL, FULL, FULL))).isEqualTo(suppressed);
        assertThat(SurveyStatistics.change(List.of(NONE, NONE, NONE, NONE), ROUND_TWO)).isEqualTo(suppressed);
        assertThat(SurveyStatistics.change(ROUND_ONE, oneScore)).isEqualTo(unscored);
        assertThat(SurveyStatistics.change(oneScore, ROUND_TWO)).isEqualTo(unscored);
    }

    @Test
    void responseRates() {
        assertThat(SurveyStatistics.responseRate(0, 0)).isEqualTo(new ResponseRate(0, 0, null, false, null));
        assertThat(SurveyStatistics.responseRate(3, 1).rate()).isEqualTo(dec("0.3333"));
        // 1/20000 = 0.00005, half way, → 0.0001
        assertThat(SurveyStatistics.responseRate(20_000, 1).rate()).isEqualTo(dec("0.0001"));
        assertThat(SurveyStatistics.responseRate(8, 8).rate()).isEqualTo(dec("1.0000"));
    }

    @Test
    void aResponseRateNeedsAnsweredBetweenZeroAndInvited() {
        assertThatThrownBy(() -> SurveyStatistics.responseRate(3, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyStatistics.responseRate(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SurveyStatistics.responseRate(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dontKnowIsAnAnswerButNotAScore() {
        assertThat(List.of(NONE.score(), LITTLE.score(), SOME.score(), SIGNIFICANT.score(), FULL.score()))
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(FULL.scored()).isTrue();
        assertThat(DONT_KNOW.scored()).isFalse();
        assertThatThrownBy(DONT_KNOW::score).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Exact 0.975 quantiles of Student's t, as R's {@code qt(0.975, df)} and SciPy's
     * {@code scipy.stats.t.ppf(0.975, df)} give them (checked with SciPy 1.x), to 1e-9; a fractional df
     * (Welch) too. The former table gave 2.000 for df 61 and 1.960 for df 200.
     */
    @Test
    void tQuantilesAreExact() {
        assertThat(StudentT.critical95(1)).isCloseTo(12.706204736174694, within(1e-9));
        assertThat(StudentT.critical95(3)).isCloseTo(3.1824463052837078, within(1e-9));
        assertThat(StudentT.critical95(5)).isCloseTo(2.5705818356363146, within(1e-9));
        assertThat(StudentT.critical95(8.9)).isCloseTo(2.266037626747699, within(1e-9));
        assertThat(StudentT.critical95(30)).isCloseTo(2.0422724563012378, within(1e-9));
        assertThat(StudentT.critical95(61)).isCloseTo(1.999623584994939, within(1e-9));
        assertThat(StudentT.critical95(200)).isCloseTo(1.9718962236339088, within(1e-9));
        assertThat(StudentT.critical95(10_000)).isCloseTo(1.960201239890626, within(1e-9));
        assertThatThrownBy(() -> StudentT.critical95(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.critical95(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
