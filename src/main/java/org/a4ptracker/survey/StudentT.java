package org.a4ptracker.survey;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Two-sided 95% critical values of Student's t (the 0.975 quantile) for any degrees of freedom,
 * Welch's fractional ones included, from Apache Commons Statistics. A printed table (the former
 * approach) rounds df down to its rows and so gave intervals that differed from the exact ones,
 * some narrower; the exact quantile is what a reader's statistics package gives.
 */
final class StudentT {

    private StudentT() {
    }

    static double critical95(double degreesOfFreedom) {
        if (!(degreesOfFreedom > 0) || Double.isInfinite(degreesOfFreedom)) {
            throw new IllegalArgumentException("degrees of freedom must be positive and finite: " + degreesOfFreedom);
        }
        return TDistribution.of(degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
