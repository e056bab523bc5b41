package org.a4ptracker.indicator;

/** Whether a larger value is progress (women's share) or a smaller one is (fatalities). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
