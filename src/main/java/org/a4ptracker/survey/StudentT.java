package org.a4ptracker.survey;

/**
 * Two-sided 95% critical values of Student's t (the 0.975 quantile), rounded to three decimals
 * as in the printed table of the NIST/SEMATECH e-Handbook of Statistical Methods, section
 * 1.3.6.7.2 "Critical Values of the Student's t Distribution" (also checked against
 * scipy.stats.t.ppf(0.975, df)). A table rather than an inverse incomplete beta function
 * keeps the figures reproducible by hand, which is what reviewers of published survey results
 * do.
 */
final class StudentT {

    private static final double[] DF_1_TO_30 = {
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

    /** The normal quantile the table ends with ("infinite" degrees of freedom). */
    static final double BEYOND_120 = 1.960;

    private StudentT() {
    }

    /**
     * No interpolation: the nearest lower tabulated df is used, so between rows the interval is
     * slightly wider than exact, never narrower. Welch's fractional df are floored first.
     */
    static double critical95(double degreesOfFreedom) {
        if (!(degreesOfFreedom >= 1)) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1: " + degreesOfFreedom);
        }
        int df = (int) Math.min(Math.floor(degreesOfFreedom), Integer.MAX_VALUE);
        if (df <= 30) {
            return DF_1_TO_30[df - 1];
        }
        if (df < 40) {
            return DF_1_TO_30[29];
        }
        if (df < 60) {
            return 2.021;
        }
        if (df < 120) {
            return 2.000;
        }
        return df == 120 ? 1.980 : BEYOND_120;
    }
}
