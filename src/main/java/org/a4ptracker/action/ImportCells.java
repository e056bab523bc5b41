package org.a4ptracker.action;

import java.util.List;
import java.util.Map;

/** One data row's cells looked up by column name; collects that row's errors. */
final class ImportCells {

    static final String FORMULA = "looks like a spreadsheet formula; remove the leading \"=\" (or + - @)";

    private final ImportSheet.Row row;
    private final Map<String, Integer> columns;
    private final List<ImportError> errors;
    private final int errorsBefore;

    ImportCells(ImportSheet.Row row, Map<String, Integer> columns, List<ImportError> errors) {
        this.row = row;
        this.columns = columns;
        this.errors = errors;
        this.errorsBefore = errors.size();
        reportUnheaded();
    }

    int row() {
        return row.number();
    }

    /** The stripped value, or null after reporting that it is missing or a formula. */
    String required(String column) {
        ImportCell cell = cell(column);
        if (cell.blank()) {
            error(column, column + " is required");
            return null;
        }
        return optional(column);
    }

    /** The stripped value, or null when empty or after reporting a formula. */
    String optional(String column) {
        ImportCell cell = cell(column);
        if (cell.blank()) {
            return null;
        }
        if (cell.formula()) {
            error(column, FORMULA);
            return null;
        }
        return cell.value();
    }

    void error(String column, String message) {
        errors.add(new ImportError(row.number(), column, message));
    }

    boolean hasErrors() {
        return errors.size() > errorsBefore;
    }

    private ImportCell cell(String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.cells().size() ? ImportCell.BLANK : row.cells().get(index);
    }

    /** A value under a blank header would otherwise be dropped without anyone noticing. */
    private void reportUnheaded() {
        for (int i = 0; i < row.cells().size(); i++) {
            if (!row.cells().get(i).blank() && !columns.containsValue(i)) {
                error(ImportError.ROW, "column " + (i + 1) + " has a value but no column name; "
                        + "add a name in row 1 or remove the value");
            }
        }
    }
}
