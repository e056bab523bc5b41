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
            if (indicators.size() <= 10) {
                cells.error("indicator", "indicator.problem.unknown.one-of", code,
                        String.join(", ", indicators.keySet().stream().sorted().toList()));
            } else {
                cells.error("indicator", "indicator.problem.unknown", code);
            }
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
                cells.error("period", "indicator.period.range", parsed.year(), Period.FIRST_YEAR, Period.LAST_YEAR);
                return null;
            }
            return value.toUpperCase(Locale.ROOT);
        }
        cells.error("period", DATE.matcher(value).matches() ? "indicator.problem.period-date" : "indicator.problem.period", value);
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
        if (others.isEmpty()) {
            cells.error("disaggregation", "indicator.problem.disaggregation", value, upper(rules.code()), IndicatorRules.TOTAL);
        } else {
            cells.error("disaggregation", "indicator.problem.disaggregation.others", value, upper(rules.code()),
                    IndicatorRules.TOTAL, String.join(", ", others));
        }
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
        cells.error("not_applicable", "indicator.problem.not-applicable", value);
        return null;
    }

    /** A missing value means "not reported", never zero, so it must be said why a row has none. */
    private static BigDecimal amount(RowCells cells, IndicatorRules rules, Boolean notApplicable) {
        SheetCell cell = cells.cell("value");
        if (cell.blank()) {
            if (Boolean.FALSE.equals(notApplicable)) {
                cells.error("value", "indicator.problem.no-value");
            }
            return null;
        }
        if (Boolean.TRUE.equals(notApplicable)) {
            cells.error("value", "indicator.problem.value-and-not-applicable");
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
            cells.error("value", "indicator.problem.not-a-number", value);
        }
        return null;
    }

    private static void requireWithin(RowCells cells, BigDecimal amount, IndicatorRules rules) {
        String code = upper(rules.code());
        if (rules.min() != null && amount.compareTo(rules.min()) < 0) {
            cells.error("value", "indicator.problem.below-min", amount.toPlainString(), rules.min().toPlainString(), code);
        } else if (rules.max() != null && amount.compareTo(rules.max()) > 0) {
            cells.error("value", "indicator.problem.above-max", amount.toPlainString(), rules.max().toPlainString(), code);
        }
    }

    private static String note(RowCells cells, boolean notApplicable) {
        String note = cells.optional("note");
        if (note == null && notApplicable && cells.cell("note").blank()) {
            cells.error("note", "indicator.problem.note-required");
        } else if (note != null && note.length() > NOTE_LIMIT) {
            cells.error("note", "indicator.problem.note-long", note.length(), NOTE_LIMIT);
        }
        return note;
    }

    private void requireFirst(RowCells cells, String key) {
        Integer earlier = seen.putIfAbsent(key, cells.row());
        if (earlier != null) {
            cells.error(CellError.ROW, "indicator.problem.twice", key, earlier);
        }
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
