package org.a4ptracker.indicator;

import java.math.BigDecimal;

/**
 * One reported value. {@code amount} is null exactly when the reporter marked it not applicable
 * (with a reason in {@code note}); a value never reported has no row at all. {@code approved}
 * false means provisional: only reviewers and the reporter see it.
 */
public record IndicatorValue(String indicator, String reporter, String period, String disaggregation, BigDecimal amount,
                             boolean notApplicable, String note, String source, boolean approved, boolean sample) {
}
