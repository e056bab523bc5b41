package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.PlainText;
import org.a4ptracker.shared.Text;

/**
 * The rules every save of one reporter's period follows, whether from the grid or an import: the
 * period must be open for changes, and its cells must pass {@link ValueValidator}. Nothing here
 * reads or writes the database; earlier values come from the caller.
 */
final class PeriodCells {

    /** The cells to write (a number, or not applicable with its reason) and the empty cells, which clear a value. */
    record Checked(Period period, List<ValueValidator.Parsed> parsed, List<ValueValidator.Parsed> blanks) {
    }

    /** The note column's length. */
    static final int MAX_NOTE = 1000;

    private final Map<String, Indicator> byCode = new HashMap<>();
    private final Map<String, Set<String>> disaggregations = new HashMap<>();

    /** The catalogue as read once for a save, with each indicator's disaggregations as a set for imports of thousands of cells. */
    PeriodCells(List<Indicator> catalogue) {
        for (Indicator i : catalogue) {
            byCode.put(i.code(), i);
            var codes = new HashSet<String>();
            i.disaggregations().forEach(d -> codes.add(d.code()));
            disaggregations.put(i.code(), codes);
        }
    }

    static void requireEditable(String reporterCode, Period period, PeriodWorkflow.State state) {
        if (!PeriodWorkflow.editable(state)) {
            throw new ConflictException(state == PeriodWorkflow.State.APPROVED ? "indicator.problem.period-locked"
                    : "indicator.problem.period-with-reviewer", period.toString(), reporterCode, Text.of("period.word." + state.name()));
        }
    }

    /** What is wrong with a note (too long for its column, or a refused character), if anything; the message names the field. */
    static Optional<Text> noteProblem(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            return Optional.of(Text.of("indicator.problem.note", Text.of("input.too-long", note.length(), MAX_NOTE)));
        }
        return PlainText.refusal(note, PlainText.Lines.MANY).map(p -> Text.of("indicator.problem.note", p));
    }

    /** The period's cells checked, or {@link InvalidValuesException} with every problem; {@code previous} gives the value before the period. */
    Checked check(Period period, List<CellInput> cells, BiFunction<Indicator, String, Optional<BigDecimal>> previous) {
        var problems = new ArrayList<CellProblem>();
        var parsed = new ArrayList<ValueValidator.Parsed>();
        var blanks = new ArrayList<ValueValidator.Parsed>();
        for (CellInput c : cells) {
            Indicator i = byCode.get(c.indicator());
            var badNote = noteProblem(c.note());
            if (badNote.isPresent()) {
                problems.add(ValueValidator.problem(c, badNote.get(), false));
            } else if (i == null || !disaggregations.get(i.code()).contains(c.disaggregation())) {
                problems.add(ValueValidator.problem(c, Text.of("indicator.problem.unknown-cell"), false));
            } else if (c.notApplicable()) {
                if (c.note() == null || c.note().isBlank()) {
                    problems.add(ValueValidator.problem(c, Text.of("indicator.problem.reason-required"), false));
                } else {
                    parsed.add(new ValueValidator.Parsed(c, i, null));
                }
            } else if (c.value() == null || c.value().isBlank()) {
                blanks.add(new ValueValidator.Parsed(c, i, null));
            } else {
                var number = ValueValidator.number(c.value());
                if (number.isEmpty()) {
                    problems.add(ValueValidator.problem(c, Text.of("indicator.problem.cell-not-a-number", c.value()), false));
                } else {
                    parsed.add(new ValueValidator.Parsed(c, i, number.get()));
                }
            }
        }
        problems.addAll(ValueValidator.check(parsed, byCode, previous));
        if (!problems.isEmpty()) {
            throw new InvalidValuesException(problems);
        }
        return new Checked(period, parsed, blanks);
    }
}
