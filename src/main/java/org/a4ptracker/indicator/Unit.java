package org.a4ptracker.indicator;

/** The unit of an indicator's values. PERCENT values are stored as percentages (5.3 means 5.3%). */
public enum Unit {
    COUNT, PERCENT, MINUTES, RATIO, CURRENCY_USD, NUMBER
}
