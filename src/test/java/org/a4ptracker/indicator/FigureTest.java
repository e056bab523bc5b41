package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void aPercentageHasOneDecimalAndItsSignInTheReadersLanguage() {
        assertThat(Figure.of(new BigDecimal("17.333333"), Unit.PERCENT, Locale.ENGLISH)).isEqualTo("17.3%");
        assertThat(Figure.of(new BigDecimal("18"), Unit.PERCENT, Locale.ENGLISH)).isEqualTo("18.0%");
        assertThat(Figure.of(new BigDecimal("17.35"), Unit.PERCENT, Locale.ENGLISH)).isEqualTo("17.4%");
        assertThat(Figure.of(new BigDecimal("17.333333"), Unit.PERCENT, Locale.FRENCH)).isEqualTo("17,3\u00a0%");
    }

    @Test
    void countsAreWholeAndGroupedOtherNumbersHaveTwoDecimalsAtMost() {
        assertThat(Figure.of(new BigDecimal("12345.6"), Unit.COUNT, Locale.ENGLISH)).isEqualTo("12,346");
        assertThat(Figure.of(new BigDecimal("0.123456"), Unit.RATIO, Locale.ENGLISH)).isEqualTo("0.12");
        assertThat(Figure.of(new BigDecimal("2"), Unit.NUMBER, Locale.ENGLISH)).isEqualTo("2");
        assertThat(Figure.of(null, Unit.COUNT, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void ticksKeepTheirOwnDecimals() {
        assertThat(Figure.tick(new BigDecimal("2.5"), Unit.PERCENT, Locale.ENGLISH)).isEqualTo("2.5%");
        assertThat(Figure.tick(new BigDecimal("5"), Unit.PERCENT, Locale.ENGLISH)).isEqualTo("5%");
        assertThat(Figure.tick(new BigDecimal("20000"), Unit.COUNT, Locale.ENGLISH)).isEqualTo("20,000");
    }
}
