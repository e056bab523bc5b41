package org.a4ptracker.survey;

/**
 * Why a published figure is withheld (see {@link Disclosure}): it describes fewer than 5
 * respondents; or it is withheld to protect another one, which subtracting it from a total would
 * reveal; or (a change between rounds) too few answers carry a score to compute it.
 */
public enum Suppression {
    FEWER_THAN_5, COMPLEMENTARY, TOO_FEW_SCORES
}
