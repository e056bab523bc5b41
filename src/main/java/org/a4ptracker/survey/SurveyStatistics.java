package org.a4ptracker.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Figures published for a perception question: distribution, mean score with a t interval,
 * the share seeing significant or full progress with a Wilson interval, and the change in mean
 * between two rounds with a Welch interval. Means and differences of means are divided exactly
 * in BigDecimal so the rounding is the one a reader gets by hand; only the interval bounds go
 * through doubles (square roots), computed from unrounded figures and rounded last.
 */
public final class SurveyStatistics {

    /** Disclosure control: a breakdown this small could single out a respondent. */
    public static final int MIN_GROUP = 5;

    /** The 0.975 normal quantile (Wilson interval), exact rather than the table's 1.960: a 4-decimal share needs it. */
    static final double Z_95 = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    private static final int TOP = Perception.FULL.score();
    private static final int MEAN_SCALE = 2;
    private static final int SHARE_SCALE = 4;

    /**
     * {@code respondents} counts everyone who answered, don't know included. A withheld figure
     * ({@code suppressed}, with the reason in {@code suppression}) has every count and figure null
     * and an empty distribution, so that not even the exact group size leaks.
     */
    public record Summary(Integer respondents, Integer dontKnow, Integer scored, Map<Perception, Integer> distribution,
            BigDecimal meanScore, BigDecimal ciLow, BigDecimal ciHigh,
            BigDecimal shareSignificantOrFull, BigDecimal shareCiLow, BigDecimal shareCiHigh,
            boolean suppressed, Suppression suppression) {

        public Summary {
            // EnumMap keeps the scale's order for the UI; its copy constructor rejects an empty plain map.
            distribution = distribution.isEmpty() ? Map.of()
                    : Collections.unmodifiableMap(new EnumMap<>(distribution));
        }

        /** The cells of a table row: respondents, don't know, share, mean and its interval, and why withheld (empty when shown). */
        public List<Object> cells() {
            return java.util.Arrays.asList(respondents, dontKnow, shareSignificantOrFull, meanScore, ciLow, ciHigh,
                    suppression == null ? null : suppression.name());
        }
    }

    /** Change in mean score, after minus before; withheld with its reason when either side is. */
    public record Change(BigDecimal difference, BigDecimal ciLow, BigDecimal ciHigh, boolean suppressed, Suppression suppression) {

        /** The cells of a table row: the difference, its interval, and why withheld (empty when shown). */
        public List<Object> cells() {
            return java.util.Arrays.asList(difference, ciLow, ciHigh, suppression == null ? null : suppression.name());
        }
    }

    /** {@code rate} is a fraction 0..1, null when nobody was invited; all null when withheld (with the reason). */
    public record ResponseRate(Integer invited, Integer answered, BigDecimal rate, boolean suppressed, Suppression suppression) {
    }

    private record Interval(BigDecimal low, BigDecimal high) {
        static final Interval UNDEFINED = new Interval(null, null);
    }

    private SurveyStatistics() {
    }

    /** A figure withheld for {@code reason}: nothing of it is published. */
    public static Summary withheld(Suppression reason) {
        return new Summary(null, null, null, Map.of(), null, null, null, null, null, null, true, reason);
    }

    static Change withheldChange(Suppression reason) {
        return new Change(null, null, null, true, reason);
    }

    static ResponseRate withheldRate(Suppression reason) {
        return new ResponseRate(null, null, null, true, reason);
    }

    public static Summary summarize(List<Perception> answers) {
        return summarize(Tally.of(answers));
    }

    static Summary summarize(Tally answers) {
        if (answers.total() < MIN_GROUP) {
            return withheld(Suppression.FEWER_THAN_5);
        }
        Scores scores = answers.scores();
        Map<Perception, Integer> distribution = new EnumMap<>(Perception.class);
        for (Perception value : Perception.values()) {
            distribution.put(value, answers.count(value));
        }
        int dontKnow = distribution.get(Perception.DONT_KNOW);
        int high = distribution.get(Perception.SIGNIFICANT) + distribution.get(Perception.FULL);

        BigDecimal mean = null;
        Interval meanCi = Interval.UNDEFINED;
        BigDecimal share = null;
        Interval shareCi = Interval.UNDEFINED;
        if (scores.n() > 0) {
            mean = ratio(scores.sum(), scores.n(), MEAN_SCALE);
            share = ratio(high, scores.n(), SHARE_SCALE);
            shareCi = wilson(high, scores.n());
        }
        if (scores.n() > 1) {
            double halfWidth = StudentT.critical95(scores.n() - 1) * Math.sqrt(scores.variance() / scores.n());
            meanCi = bounds(scores.mean(), halfWidth, 0, TOP);
        }
        return new Summary(answers.total(), dontKnow, scores.n(), distribution, mean, meanCi.low(), meanCi.high(),
                share, shareCi.low(), shareCi.high(), false, null);
    }

    /**
     * Welch rather than a pooled t interval: rounds differ in size and spread. Taken from the
     * answer counts, not from two Summaries, because a Summary holds rounded figures only.
     */
    public static Change change(List<Perception> before, List<Perception> after) {
        return change(Tally.of(before), Tally.of(after));
    }

    static Change change(Tally before, Tally after) {
        if (before.total() < MIN_GROUP || after.total() < MIN_GROUP) {
            return withheldChange(Suppression.FEWER_THAN_5);
        }
        Scores first = before.scores();
        Scores second = after.scores();
        if (first.n() < 2 || second.n() < 2) {
            return withheldChange(Suppression.TOO_FEW_SCORES);
        }
        // sum2/n2 - sum1/n1 as one exact fraction, so the published difference is not a
        // difference of two already rounded means.
        BigDecimal difference = ratio(second.sum() * first.n() - first.sum() * second.n(),
                (long) first.n() * second.n(), MEAN_SCALE);
        double v1 = first.variance() / first.n();
        double v2 = second.variance() / second.n();
        double standardError = Math.sqrt(v1 + v2);
        // Both rounds without any spread: df is 0/0, but the interval is the point either way.
        double t = standardError == 0 ? 0
                : StudentT.critical95((v1 + v2) * (v1 + v2)
                        / (v1 * v1 / (first.n() - 1) + v2 * v2 / (second.n() - 1)));
        Interval ci = bounds(second.mean() - first.mean(), t * standardError, -TOP, TOP);
        return new Change(difference, ci.low(), ci.high(), false, null);
    }

    public static ResponseRate responseRate(int invited, int answered) {
        if (invited < 0 || answered < 0 || answered > invited) {
            throw new IllegalArgumentException(
                    "need 0 <= answered <= invited, got " + answered + " of " + invited);
        }
        BigDecimal rate = invited == 0 ? null : ratio(answered, invited, SHARE_SCALE);
        return new ResponseRate(invited, answered, rate, false, null);
    }

    /**
     * Wilson score interval: unlike p +- z*sqrt(p(1-p)/n) it stays inside 0..1 and is not
     * zero-width when every answer falls on one side, which is common in groups of 5 to 20.
     */
    private static Interval wilson(int successes, int n) {
        double p = (double) successes / n;
        double z2 = Z_95 * Z_95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double halfWidth = Z_95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(
                round(Math.max(0, centre - halfWidth), SHARE_SCALE),
                round(Math.min(1, centre + halfWidth), SHARE_SCALE));
    }

    /**
     * The t interval is symmetric and can run past the scale (a mean below 0) in small, spread
     * groups. The true value lies on the scale, so cutting there loses no coverage and spares the
     * reader an impossible figure: a mean stays within 0..top, a difference within -top..top.
     */
    private static Interval bounds(double centre, double halfWidth, int lowest, int highest) {
        return new Interval(
                round(Math.max(lowest, centre - halfWidth), MEAN_SCALE),
                round(Math.min(highest, centre + halfWidth), MEAN_SCALE));
    }

    private static BigDecimal ratio(long numerator, long denominator, int scale) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
    }

    // valueOf goes through Double.toString, the shortest decimal for the double, so a bound of
    // 0.145 rounds to 0.15 as by hand, not to 0.14 from the binary 0.14499999...
    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
