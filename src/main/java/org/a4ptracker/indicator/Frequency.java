package org.a4ptracker.indicator;

/** How often an indicator is reported; periods are written 2026, 2026-Q1 or 2026-03 accordingly. */
public enum Frequency {
    MONTHLY, QUARTERLY, YEARLY
}
