package org.a4ptracker.shared;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.number.Scale;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, percentages, dates and months as a reader of the page's language writes them (ICU4J,
 * CLDR data): a decimal comma in French, Spanish and Russian, CLDR's default digits for Arabic.
 * Templates call it as {@code ${@fmt.number(x)}}; the PDFs pass their locale. Only for people:
 * CSV, XLSX and the API keep plain machine-readable numbers and ISO dates.
 */
@Component("fmt")
public class Formats {

    private static final Map<String, LocalizedNumberFormatter> NUMBERS = new ConcurrentHashMap<>();
    private static final Map<String, DateFormat> DATES = new ConcurrentHashMap<>();

    /** A count or amount, grouped per the locale, with up to 2 decimals. */
    public String number(Number value) {
        return number(value, locale());
    }

    public String number(Number value, int fractionDigits) {
        return value == null ? null : numbers(locale(), "f" + fractionDigits).format(value).toString();
    }

    /** A share between 0 and 1 as a percentage with up to {@code fractionDigits} decimals: 0.425 is "42.5%" or "42,5 %". */
    public String percent(Number share, int fractionDigits) {
        return percent(share, fractionDigits, locale());
    }

    /** A year as itself, never grouped (2026, not 2,026), in the locale's digits. */
    public String year(Number year) {
        return year == null ? null : numbers(locale(), "y").format(year).toString();
    }

    public String date(LocalDate date) {
        return date(date, locale());
    }

    /** Day, month name and year: "25 September 2018", "2018年9月25日". */
    public String longDate(LocalDate date) {
        return date == null ? null : format("long", Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), locale());
    }

    /** Date and time in UTC, the time zone the pages state. */
    public String dateTime(Instant instant) {
        return instant == null ? null : format("dateTime", Date.from(instant), locale());
    }

    /** Hours and minutes in UTC ("14:02"), in the locale's digits: the time a save is reported at. */
    public String time(Instant instant) {
        return instant == null ? null : format("time", Date.from(instant), locale());
    }

    /** A month and its year: "September 2018", "septembre 2018". */
    public String month(YearMonth month) {
        return month == null ? null : format("month", Date.from(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()), locale());
    }

    public static String number(Number value, Locale locale) {
        return value == null ? null : numbers(locale, "n").format(value).toString();
    }

    public static String percent(Number share, int fractionDigits, Locale locale) {
        return share == null ? null : numbers(locale, "p" + fractionDigits).format(share).toString();
    }

    /**
     * A figure rounded half up to between {@code min} and {@code max} decimals, as a percentage when {@code percent}
     * (the value is then in percent already: 17.3 is "17.3%", "17,3 %" in French).
     */
    public static String rounded(Number value, int min, int max, boolean percent, Locale locale) {
        return value == null ? null : numbers(locale, (percent ? "r%" : "r") + min + "-" + max).format(value).toString();
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? null : format("date", Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), locale);
    }

    /** How {@link IcuMessageSource} writes a message argument: dates per the locale, the rest left to MessageFormat. */
    static Object forArgument(Object value, Locale locale) {
        if (value instanceof LocalDate d) {
            return date(d, locale);
        }
        if (value instanceof Instant i) {
            return format("dateTime", Date.from(i), locale);
        }
        if (value instanceof YearMonth m) {
            return format("month", Date.from(m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()), locale);
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros();
        }
        return value;
    }

    private static Locale locale() {
        return Languages.orEnglish(LocaleContextHolder.getLocale());
    }

    private static LocalizedNumberFormatter numbers(Locale locale, String style) {
        return NUMBERS.computeIfAbsent(locale.toLanguageTag() + '|' + style, k -> {
            var base = NumberFormatter.withLocale(locale);
            return switch (style.charAt(0)) {
                case 'f' -> base.precision(Precision.fixedFraction(Integer.parseInt(style.substring(1))));
                case 'p' -> base.unit(MeasureUnit.PERCENT).scale(Scale.powerOfTen(2))
                        .precision(Precision.maxFraction(Integer.parseInt(style.substring(1))));
                case 'y' -> base.grouping(NumberFormatter.GroupingStrategy.OFF);
                case 'r' -> {
                    String[] digits = style.replace("r", "").replace("%", "").split("-");
                    var rounded = base.precision(Precision.minMaxFraction(Integer.parseInt(digits[0]), Integer.parseInt(digits[1])))
                            .roundingMode(java.math.RoundingMode.HALF_UP);
                    yield style.contains("%") ? rounded.unit(MeasureUnit.PERCENT) : rounded;
                }
                default -> base.precision(Precision.maxFraction(2));
            };
        });
    }

    private static String format(String style, Date when, Locale locale) {
        DateFormat shared = DATES.computeIfAbsent(locale.toLanguageTag() + '|' + style, k -> {
            ULocale u = ULocale.forLocale(locale);
            DateFormat f = switch (style) {
                case "long" -> DateFormat.getDateInstance(DateFormat.LONG, u);
                case "dateTime" -> DateFormat.getInstanceForSkeleton("yMMMdHHmm", u);
                case "month" -> DateFormat.getInstanceForSkeleton("yMMMM", u);
                case "time" -> DateFormat.getInstanceForSkeleton("HHmm", u);
                default -> DateFormat.getInstanceForSkeleton("yMMMd", u);
            };
            f.setTimeZone(TimeZone.GMT_ZONE);
            return f;
        });
        return ((DateFormat) shared.clone()).format(when);
    }
}
