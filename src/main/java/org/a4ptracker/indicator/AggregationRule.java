package org.a4ptracker.indicator;

/**
 * How values combine across places and periods. RATIO is computed from the sums of its two
 * component indicators (numerator and denominator), never as an average of ratios.
 */
public enum AggregationRule {
    SUM, AVERAGE, LATEST, RATIO
}
