package org.a4ptracker.indicator;

import java.math.BigDecimal;

/** Numbers as people write them: 1200, not 1.2E+3 nor 1200.000000. */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal n) {
        if (n == null) {
            return null;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
