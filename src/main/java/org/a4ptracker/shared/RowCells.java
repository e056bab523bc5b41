package org.a4ptracker.shared;

import java.util.List;
import java.util.Map;

/** One data row's cells looked up by column name; collects that row's errors. */
public final class RowCells {

    /** Message key of a cell refused because a spreadsheet would run it as a formula. */
    public static final String FORMULA = "problem.cell.formula";

    private final Sheet.Row row;
    private final Map<String, Integer> columns;
    private final List<CellError> errors;
    private final int errorsBefore;

    /** {@code columns} as returned by {@link Sheet#columns}; errors are appended to {@code errors}. */
    public RowCells(Sheet.Row row, Map<String, Integer> columns, List<CellError> errors) {
        this.row = row;
        this.columns = columns;
        this.errors = errors;
        this.errorsBefore = errors.size();
        reportUnheaded();
    }

    public int row() {
        return row.number();
    }

    /** The stripped value, or null after reporting that it is missing or a formula. */
    public String required(String column) {
        if (cell(column).blank()) {
            error(column, "problem.cell.required", column);
            return null;
        }
        return optional(column);
    }

    /** The stripped value, or null when empty or after reporting a formula. */
    public String optional(String column) {
        SheetCell cell = cell(column);
        if (cell.blank()) {
            return null;
        }
        if (cell.formula()) {
            error(column, FORMULA);
            return null;
        }
        return cell.value();
    }

    /** The raw cell, for a column with its own rule on formula-like text (blank when the column is absent). */
    public SheetCell cell(String column) {
        Integer index = columns.get(column);
        return index == null ? SheetCell.BLANK : row.cell(index);
    }

    public void error(String column, String key, Object... args) {
        errors.add(new CellError(row.number(), column, Text.of(key, args)));
    }

    public void error(String column, Text message) {
        errors.add(new CellError(row.number(), column, message));
    }

    public boolean hasErrors() {
        return errors.size() > errorsBefore;
    }

    /** A value under a blank header would otherwise be dropped without anyone noticing. */
    private void reportUnheaded() {
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cells().get(i).blank() && !columns.containsValue(i)) {
                error(CellError.ROW, "problem.cell.unheaded", i + 1);
            }
        }
    }
}
