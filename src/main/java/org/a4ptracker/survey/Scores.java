package org.a4ptracker.survey;

import java.util.List;

/** Sums over the scored answers; scores are integers, so these stay exact. */
record Scores(int n, long sum, long sumOfSquares) {

    static Scores of(List<Perception> answers) {
        return Tally.of(answers).scores();
    }

    double mean() {
        return (double) sum / n;
    }

    /** Sample variance (n - 1) as one integer fraction, free of the two-pass rounding drift. */
    double variance() {
        return (double) (n * sumOfSquares - sum * sum) / ((long) n * (n - 1));
    }
}
