package org.a4ptracker.survey;

/**
 * An answer to "How much progress do you perceive?". The scale is ordinal; the scores 0..4
 * exist so that a mean can be reported, as the survey design asks for. DONT_KNOW is an answer
 * (the respondent counts towards disclosure control) but not a position on the scale.
 */
public enum Perception {
    NONE, LITTLE, SOME, SIGNIFICANT, FULL, DONT_KNOW;

    public boolean scored() {
        return this != DONT_KNOW;
    }

    /** The position on the scale; asking DONT_KNOW for one is a bug in the caller, not data. */
    public int score() {
        if (!scored()) {
            throw new IllegalStateException("DONT_KNOW has no score");
        }
        return ordinal();
    }
}
