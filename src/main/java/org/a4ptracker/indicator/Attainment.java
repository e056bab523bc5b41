package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a year's observed value stands against an indicator's target, with the sentence that
 * explains the verdict ({@link #rule}) so that the method is visible wherever the state is shown.
 *
 * <p>Before the target year the yardstick is the straight line from the baseline to the target:
 * the simplest path anyone can recompute by hand. {@code expectedOnPath} is the value on that
 * line in the assessed year (the target itself from the target year on, or when there is no
 * baseline); it is null only for NO_DATA.
 */
public record Attainment(int year, State state, BigDecimal observed, BigDecimal target,
                         BigDecimal expectedOnPath, String rule) {

    public enum State { MET, ON_TRACK, OFF_TRACK, NO_TARGET_YET, NO_DATA }

    /**
     * Without a baseline there is no path, and calling a value "on track" would mean inventing a
     * starting point; so the target itself is the yardstick and only MET or OFF_TRACK can result.
     * Years at or before the baseline year are measured against the baseline.
     */
    public static Attainment assess(Direction direction, BigDecimal baseline, int baselineYear,
                                    BigDecimal target, int targetYear, int year, Optional<BigDecimal> observed) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        if (baseline != null && baselineYear >= targetYear) {
            throw new IllegalArgumentException(
                    "The baseline year (" + baselineYear + ") must come before the target year (" + targetYear + ")");
        }
        if (observed.isEmpty()) {
            return new Attainment(year, State.NO_DATA, null, target, null,
                    "No value was reported for " + year + ", so attainment cannot be assessed");
        }
        BigDecimal value = observed.get();
        Words words = Words.of(direction);
        String against = "the target of " + plain(target) + " set for " + targetYear;
        if (year >= targetYear || baseline == null) {
            boolean met = words.reaches(value, target);
            if (!met && year < targetYear) {
                // no baseline, so no path: a year before the first target is not behind anything yet
                return new Attainment(year, State.NO_TARGET_YET, value, target, target, plain(value) + " in " + year
                        + " comes before " + against + ", and with no baseline there is no path to measure it against: no target yet");
            }
            String rule = plain(value) + " is " + (met ? words.good() : words.bad()) + " " + against;
            return new Attainment(year, met ? State.MET : State.OFF_TRACK, value, target, target, rule);
        }
        BigDecimal expected = onPath(baseline, baselineYear, target, targetYear, year);
        if (words.reaches(value, target)) {
            return new Attainment(year, State.MET, value, target, expected,
                    plain(value) + " in " + year + " already reaches " + against);
        }
        boolean onTrack = words.reaches(value, expected);
        String rule = plain(value) + " is " + (onTrack ? words.good() : words.bad()) + " the " + plain(expected)
                + " expected in " + year + " on the straight path from " + plain(baseline) + " (" + baselineYear
                + ") to " + plain(target) + " (" + targetYear + ")";
        return new Attainment(year, onTrack ? State.ON_TRACK : State.OFF_TRACK, value, target, expected, rule);
    }

    static BigDecimal onPath(BigDecimal baseline, int baselineYear, BigDecimal target, int targetYear, int year) {
        if (year <= baselineYear) {
            return IndicatorMath.round(baseline);
        }
        BigDecimal climbed = target.subtract(baseline).multiply(BigDecimal.valueOf(year - baselineYear));
        return IndicatorMath.round(baseline.add(IndicatorMath.divide(climbed, BigDecimal.valueOf(targetYear - baselineYear))));
    }

    private static String plain(BigDecimal amount) {
        return IndicatorMath.round(amount).toPlainString();
    }

    private record Words(Direction direction, String good, String bad) {
        static Words of(Direction direction) {
            return direction == Direction.HIGHER_IS_BETTER
                    ? new Words(direction, "at or above", "below")
                    : new Words(direction, "at or below", "above");
        }

        boolean reaches(BigDecimal value, BigDecimal yardstick) {
            int c = value.compareTo(yardstick);
            return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
        }
    }
}
