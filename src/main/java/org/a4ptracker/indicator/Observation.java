package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reported value of an indicator: a place (mission, country or reporter), a period, a
 * disaggregation (empty for the undisaggregated total) and the amount. "Not reported" is the
 * absence of an observation, never an amount of zero, so the amount is required.
 */
public record Observation(String place, Period period, String disaggregation, BigDecimal amount) {

    public Observation {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(amount, "amount: leave the observation out when nothing was reported");
        // Stored totals often have a NULL disaggregation; one spelling keeps ratio keys matching.
        disaggregation = disaggregation == null ? "" : disaggregation;
    }

    /** An undisaggregated observation. */
    public static Observation of(String place, Period period, BigDecimal amount) {
        return new Observation(place, period, "", amount);
    }
}
