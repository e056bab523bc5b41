package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An indicator's figure as a reader sees it on a page, in the reader's language: a percentage with
 * one decimal and its sign (17.3%, 17,3 % in French), whole counts and minutes, other numbers to two
 * decimals at most. Downloads and the API keep the full figures; only pages round.
 */
public final class Figure {

    private Figure() {
    }

    /** The figure rounded for its unit; "" for none (the page says "not reported" itself). */
    public static String of(BigDecimal value, Unit unit, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> percent(value, 1, 1, locale);
            case COUNT, MINUTES, CURRENCY_USD -> number(value, 0, 0, locale);
            case RATIO, NUMBER -> number(value, 0, 2, locale);
        };
    }

    /** A tick of a chart's scale: as few decimals as it has (0, 2.5, 5), with the unit's sign. */
    public static String tick(BigDecimal value, Unit unit, Locale locale) {
        int decimals = Math.max(0, value.stripTrailingZeros().scale());
        return unit == Unit.PERCENT ? percent(value, 0, decimals, locale) : number(value, 0, decimals, locale);
    }

    private static String percent(BigDecimal hundredths, int min, int max, Locale locale) {
        var format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(hundredths.movePointLeft(2));
    }

    private static String number(BigDecimal value, int min, int max, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
