package org.a4ptracker.indicator;

/** A reporter's period changed state (submitted, approved, returned, unlocked): what the public sees may have changed. */
public record IndicatorPeriodMoved(String reporter, String period, String state) implements org.a4ptracker.shared.PublicDataChanged {
}
