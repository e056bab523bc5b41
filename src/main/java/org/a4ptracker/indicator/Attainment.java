package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.a4ptracker.shared.Text;

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
                         BigDecimal expectedOnPath, Text rule) {

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
            return new Attainment(year, State.NO_DATA, null, target, null, Text.of("attainment.rule.no-data", year));
        }
        BigDecimal value = observed.get();
        String way = direction.name();
        if (year >= targetYear || baseline == null) {
            boolean met = reaches(direction, value, target);
            if (!met && year < targetYear) {
                // no baseline, so no path: a year before the first target is not behind anything yet
                return new Attainment(year, State.NO_TARGET_YET, value, target, target,
                        Text.of("attainment.rule.no-target-yet", plain(value), year, plain(target), targetYear));
            }
            String key = !met ? "attainment.rule.missed" : year < targetYear ? "attainment.rule.reached.no-baseline" : "attainment.rule.reached";
            return new Attainment(year, met ? State.MET : State.OFF_TRACK, value, target, target,
                    Text.of(key, plain(value), way, plain(target), targetYear));
        }
        BigDecimal expected = onPath(baseline, baselineYear, target, targetYear, year);
        if (reaches(direction, value, target)) {
            return new Attainment(year, State.MET, value, target, expected,
                    Text.of("attainment.rule.already", plain(value), year, plain(target), targetYear));
        }
        boolean onTrack = reaches(direction, value, expected);
        return new Attainment(year, onTrack ? State.ON_TRACK : State.OFF_TRACK, value, target, expected,
                Text.of("attainment.rule." + (onTrack ? "on-path" : "off-path"), plain(value), way, plain(expected), year,
                        plain(baseline), baselineYear, plain(target), targetYear));
    }

    static BigDecimal onPath(BigDecimal baseline, int baselineYear, BigDecimal target, int targetYear, int year) {
        if (year <= baselineYear) {
            return IndicatorMath.round(baseline);
        }
        BigDecimal climbed = target.subtract(baseline).multiply(BigDecimal.valueOf(year - baselineYear));
        return IndicatorMath.round(baseline.add(IndicatorMath.divide(climbed, BigDecimal.valueOf(targetYear - baselineYear))));
    }

    /** Rounded as shown elsewhere; formatted per language when the rule is rendered. */
    private static BigDecimal plain(BigDecimal amount) {
        return IndicatorMath.round(amount);
    }

    private static boolean reaches(Direction direction, BigDecimal value, BigDecimal yardstick) {
        int c = value.compareTo(yardstick);
        return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }
}
