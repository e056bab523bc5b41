package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.Locale;

import org.a4ptracker.shared.Formats;

/**
 * An indicator's figure as a reader sees it on a page, in the reader's language: a percentage with
 * one decimal and its sign (17.3%, 17,3 % in French), whole counts and minutes, other numbers to two
 * decimals at most, with ICU's CLDR data as every other figure on a page ({@link Formats}). Downloads and
 * the API keep the full figures; only pages round.
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

    private static String percent(BigDecimal percent, int min, int max, Locale locale) {
        return Formats.rounded(percent, min, max, true, locale);
    }

    private static String number(BigDecimal value, int min, int max, Locale locale) {
        return Formats.rounded(value, min, max, false, locale);
    }
}
