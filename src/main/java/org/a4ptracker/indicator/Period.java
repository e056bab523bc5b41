package org.a4ptracker.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.a4ptracker.shared.InvalidValue;

/**
 * A reporting period: a month (index 1–12), a quarter (index 1–4) or a year (index 1). Written
 * {@code 2026-03}, {@code 2026-Q1} and {@code 2026}, the forms people type into forms and
 * spreadsheets, so that {@link #parse} and {@link #toString} round-trip.
 */
public record Period(int year, Frequency frequency, int index) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:[Qq]([1-4])|(0[1-9]|1[0-2])))?");

    // Same start, shorter first: a month sorts before the quarter and the year it opens.
    private static final Comparator<Period> ORDER =
            Comparator.comparing(Period::start).thenComparingInt(Period::lengthInMonths);

    public Period {
        Objects.requireNonNull(frequency, "frequency");
        if (year < 1 || year > 9999) {
            throw new InvalidValue("indicator.period.problem.year", year);
        }
        int last = switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case YEARLY -> 1;
        };
        if (index < 1 || index > last) {
            throw new InvalidValue("indicator.period.problem.index." + frequency.name(), last, index);
        }
    }

    /** The years a value can be entered or imported for: public figures start in the 2010s. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public boolean withinReportingYears() {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static Period parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw trimmed.isEmpty() ? new InvalidValue("indicator.period.problem.empty")
                    : new InvalidValue("indicator.period.problem.form", trimmed);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new Period(year, Frequency.QUARTERLY, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new Period(year, Frequency.MONTHLY, Integer.parseInt(m.group(3)));
        }
        return new Period(year, Frequency.YEARLY, 1);
    }

    public static Period month(int year, int month) {
        return new Period(year, Frequency.MONTHLY, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(year, Frequency.QUARTERLY, quarter);
    }

    public static Period ofYear(int year) {
        return new Period(year, Frequency.YEARLY, 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * lengthInMonths() + 1, 1);
    }

    /** The last day of the period, inclusive. */
    public LocalDate end() {
        return start().plusMonths(lengthInMonths()).minusDays(1);
    }

    /** True when every day of {@code other} falls in this period; a period contains itself. */
    public boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    public Period next() {
        return startingOn(start().plusMonths(lengthInMonths()));
    }

    public Period previous() {
        return startingOn(start().minusMonths(lengthInMonths()));
    }

    /** Every period from {@code from} to {@code to}, both included; empty when {@code to} comes first. */
    public static List<Period> between(Period from, Period to) {
        if (from.frequency() != to.frequency()) {
            throw new InvalidValue("indicator.period.problem.range", from.toString(), to.toString());
        }
        var periods = new ArrayList<Period>();
        for (Period p = from; p.compareTo(to) <= 0; p = p.next()) {
            periods.add(p);
        }
        return periods;
    }

    @Override
    public int compareTo(Period other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case MONTHLY -> String.format("%04d-%02d", year, index);
            case QUARTERLY -> String.format("%04d-Q%d", year, index);
            case YEARLY -> String.format("%04d", year);
        };
    }

    private int lengthInMonths() {
        return switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case YEARLY -> 12;
        };
    }

    private Period startingOn(LocalDate first) {
        int index = (first.getMonthValue() - 1) / lengthInMonths() + 1;
        return new Period(first.getYear(), frequency, index);
    }
}
