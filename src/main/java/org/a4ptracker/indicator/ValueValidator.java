package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.a4ptracker.shared.Text;

/**
 * Checks a set of cells for one reporter and period: strict numbers, not-applicable reasons,
 * ranges, a ratio's numerator not above its denominator, a category not above its total, and
 * jumps from the previous period above the indicator's threshold (a warning that needs a comment).
 */
final class ValueValidator {

    static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private ValueValidator() {
    }

    record Parsed(CellInput cell, Indicator indicator, BigDecimal amount) {
    }

    static List<CellProblem> check(List<Parsed> cells, Map<String, Indicator> byCode,
                                   BiFunction<Indicator, String, Optional<BigDecimal>> previous) {
        var problems = new ArrayList<CellProblem>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        cells.forEach(p -> {
            if (p.amount() != null) {
                amounts.put(p.indicator().code() + "|" + p.cell().disaggregation(), p.amount());
            }
        });
        for (Parsed p : cells) {
            var c = p.cell();
            var i = p.indicator();
            if (p.amount() == null) {
                continue;
            }
            if (i.min() != null && p.amount().compareTo(i.min()) < 0 || i.max() != null && p.amount().compareTo(i.max()) > 0) {
                problems.add(problem(c, Text.of("indicator.problem.range", i.min() == null ? "−∞" : i.min().toPlainString(),
                        i.max() == null ? "∞" : i.max().toPlainString()), false));
            }
            if (!Indicator.TOTAL.equals(c.disaggregation())) {
                BigDecimal total = amounts.get(i.code() + "|" + Indicator.TOTAL);
                if (total != null && p.amount().compareTo(total) > 0) {
                    problems.add(problem(c, Text.of("indicator.problem.above-total", total.toPlainString()), false));
                }
            }
            byCode.values().stream().filter(r -> r.ratio() && i.code().equals(r.numerator())).forEach(r -> {
                BigDecimal whole = amounts.get(r.denominator() + "|" + c.disaggregation());
                if (whole != null && p.amount().compareTo(whole) > 0) {
                    problems.add(problem(c, Text.of("indicator.problem.above-whole", r.denominator(), whole.toPlainString()), false));
                }
            });
            if (i.jumpThreshold() != null && (c.note() == null || c.note().isBlank())) {
                previous.apply(i, c.disaggregation()).filter(before -> before.signum() != 0).ifPresent(before -> {
                    BigDecimal change = p.amount().subtract(before).abs().multiply(BigDecimal.valueOf(100))
                            .divide(before.abs(), 1, RoundingMode.HALF_UP);
                    // measured against the smaller of the two values, so that halving counts like doubling
                    BigDecimal smaller = p.amount().abs().min(before.abs());
                    boolean jump = smaller.signum() == 0 || p.amount().subtract(before).abs().multiply(BigDecimal.valueOf(100))
                            .divide(smaller, 1, RoundingMode.HALF_UP).compareTo(i.jumpThreshold()) > 0;
                    if (jump) {
                        problems.add(problem(c, Text.of("indicator.problem.jump", change.toPlainString(), before.toPlainString(),
                                p.amount().toPlainString()), true));
                    }
                });
            }
        }
        return problems;
    }

    /** Reads a typed value strictly: plain digits with an optional minus and decimal point, nothing else. */
    static Optional<BigDecimal> number(String typed) {
        String v = typed == null ? "" : typed.trim();
        if (!NUMBER.matcher(v).matches()) {
            return Optional.empty();
        }
        BigDecimal n = new BigDecimal(v);
        // the column holds 14 digits before the decimal point and 6 after
        return n.precision() - n.scale() > 14 || n.scale() > 6 ? Optional.empty() : Optional.of(n);
    }

    static CellProblem problem(CellInput c, Text message, boolean warning) {
        return new CellProblem(c.indicator(), c.disaggregation(), message, warning);
    }
}
