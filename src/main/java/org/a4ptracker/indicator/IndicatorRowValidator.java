package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.SheetCell;

/**
 * The rules for one indicator value row, and for the file as a whole that each indicator, period
 * and disaggregation is given once. Every broken rule is reported, not only the first. One
 * instance reads one file.
 */
final class IndicatorRowValidator {

    private static final Pattern PERIOD = Pattern.compile("^\\d{4}$|^\\d{4}-[Qq][1-4]$|^\\d{4}-(0[1-9]|1[0-2])$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Plain digits only: "1,000" is a thousand in one locale and one point zero in another. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Set<String> YES = Set.of("yes", "true", "1");
    private static final int NOTE_LIMIT = 1000;
    private static final String PERIODS = "write a year (2026), a quarter (2026-Q1) or a month (2026-03)";

    private final Map<String, IndicatorRules> indicators;
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, Map<String, String>> spellings = new HashMap<>();

    IndicatorRowValidator(Map<String, IndicatorRules> indicators) {
        this.indicators = indicators;
    }

    /** The row as a value, or null when any of its errors were added to {@code cells}. */
    IndicatorImportRow validate(RowCells cells) {
        String code = upper(cells.required("indicator"));
        IndicatorRules rules = indicator(cells, code);
        String period = period(cells);
        String disaggregation = disaggregation(cells, rules);
        Boolean notApplicable = notApplicable(cells);
        BigDecimal amount = amount(cells, rules, notApplicable);
        String note = note(cells, Boolean.TRUE.equals(notApplicable));
        if (rules != null && period != null && disaggregation != null) {
            requireFirst(cells, code + " for " + period + ", disaggregation " + disaggregation);
        }
        return cells.hasErrors() ? null : new IndicatorImportRow(cells.row(), code, period, disaggregation, amount,
                Boolean.TRUE.equals(notApplicable), note);
    }

    private IndicatorRules indicator(RowCells cells, String code) {
        if (code == null) {
            return null;
        }
        IndicatorRules rules = indicators.get(code);
        if (rules == null) {
            String known = indicators.size() <= 10 ? "use one of " + String.join(", ", indicators.keySet().stream()
                    .sorted().toList()) : "use the indicator's code from the indicator list";
            cells.error("indicator", "unknown indicator \"" + code + "\": " + known);
        }
        return rules;
    }

    private static String period(RowCells cells) {
        String value = cells.required("period");
        if (value == null) {
            return null;
        }
        if (PERIOD.matcher(value).matches()) {
            Period parsed = Period.parse(value);
            if (!parsed.withinReportingYears()) {
                cells.error("period", org.a4ptracker.shared.Texts.get("indicator.period.range", String.valueOf(parsed.year()),
                        String.valueOf(Period.FIRST_YEAR), String.valueOf(Period.LAST_YEAR)));
                return null;
            }
            return value.toUpperCase(Locale.ROOT);
        }
        String hint = DATE.matcher(value).matches()
                ? " is a date, not a period: " + PERIODS + "; in Excel, format the period column as text first"
                : " is not a period: " + PERIODS;
        cells.error("period", "\"" + value + "\"" + hint);
        return null;
    }

    /** The disaggregation as the indicator spells it; empty means the total. Null when unknown. */
    private String disaggregation(RowCells cells, IndicatorRules rules) {
        String value = cells.optional("disaggregation");
        if (value == null) {
            return cells.cell("disaggregation").blank() ? IndicatorRules.TOTAL : null;
        }
        if (rules == null) {
            return null;
        }
        // an indicator may have a thousand disaggregations (by country): looked up, not searched, for each row
        String known = spellings.computeIfAbsent(rules.code(), code -> rules.disaggregations().stream()
                .collect(Collectors.toMap(IndicatorRowValidator::upper, d -> d, (a, b) -> a))).get(upper(value));
        if (known != null) {
            return known;
        }
        List<String> others = rules.disaggregations().stream().filter(d -> !d.equals(IndicatorRules.TOTAL)).sorted().toList();
        String use = others.isEmpty() ? "" : others.size() == 1 ? " or use " + others.get(0)
                : " or use one of " + String.join(", ", others);
        cells.error("disaggregation", "unknown disaggregation \"" + value + "\" for " + upper(rules.code())
                + ": leave it empty for the total (" + IndicatorRules.TOTAL + ")" + use);
        return null;
    }

    /** True or false, or null after reporting a mark that is neither. */
    private static Boolean notApplicable(RowCells cells) {
        String value = cells.optional("not_applicable");
        if (value == null) {
            return cells.cell("not_applicable").blank() ? Boolean.FALSE : null;
        }
        if (YES.contains(value.toLowerCase(Locale.ROOT))) {
            return Boolean.TRUE;
        }
        cells.error("not_applicable", "\"" + value + "\" is not understood: write yes if the value does not apply, "
                + "or leave it empty");
        return null;
    }

    /** A missing value means "not reported", never zero, so it must be said why a row has none. */
    private static BigDecimal amount(RowCells cells, IndicatorRules rules, Boolean notApplicable) {
        SheetCell cell = cells.cell("value");
        if (cell.blank()) {
            if (Boolean.FALSE.equals(notApplicable)) {
                cells.error("value", "no value: leave the row out if it is not reported yet, "
                        + "or set not_applicable with a reason");
            }
            return null;
        }
        if (Boolean.TRUE.equals(notApplicable)) {
            cells.error("value", "a value is given and not_applicable is set: give either a value or not_applicable");
            return null;
        }
        BigDecimal amount = number(cells, cell);
        if (amount != null && rules != null) {
            requireWithin(cells, amount, rules);
        }
        return amount;
    }

    /** "-5" looks like a formula but is only a number, and it is stored as one, so it cannot run later. */
    private static BigDecimal number(RowCells cells, SheetCell cell) {
        String value = cell.value();
        if (NUMBER.matcher(value).matches()) {
            return new BigDecimal(value);
        }
        if (cell.formula()) {
            cells.error("value", RowCells.FORMULA);
        } else {
            cells.error("value", "\"" + value + "\" is not a number: if the value does not apply, leave it empty "
                    + "and set not_applicable with the reason in note; otherwise write a plain number like 1234.5 "
                    + "(no thousands separators, spaces, units or %)");
        }
        return null;
    }

    private static void requireWithin(RowCells cells, BigDecimal amount, IndicatorRules rules) {
        String code = upper(rules.code());
        if (rules.min() != null && amount.compareTo(rules.min()) < 0) {
            cells.error("value", amount.toPlainString() + " is below the minimum of " + rules.min().toPlainString()
                    + " for " + code);
        } else if (rules.max() != null && amount.compareTo(rules.max()) > 0) {
            cells.error("value", amount.toPlainString() + " is above the maximum of " + rules.max().toPlainString()
                    + " for " + code);
        }
    }

    private static String note(RowCells cells, boolean notApplicable) {
        String note = cells.optional("note");
        if (note == null && notApplicable && cells.cell("note").blank()) {
            cells.error("note", "note is required when not_applicable is set: "
                    + "give the reason why the value does not apply");
        } else if (note != null && note.length() > NOTE_LIMIT) {
            cells.error("note", "note is " + note.length() + " characters long; the limit is " + NOTE_LIMIT);
        }
        return note;
    }

    private void requireFirst(RowCells cells, String key) {
        Integer earlier = seen.putIfAbsent(key, cells.row());
        if (earlier != null) {
            cells.error(CellError.ROW, key + " is already given in row " + earlier
                    + ": give each indicator, period and disaggregation once");
        }
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
