package org.a4ptracker.action;

import org.a4ptracker.shared.Text;

/**
 * One problem in an import file, worded (a message key with arguments) for the focal point who has to fix it.
 * Whole-file problems have row 0 and column {@value #FILE}; a value outside every headed
 * column has column {@value #ROW}.
 */
public record ImportError(int row, String column, Text message) {

    public static final String FILE = "file";
    public static final String ROW = "row";

    static ImportError file(Text message) {
        return new ImportError(0, FILE, message);
    }

    /** Sort key that lists a row's errors in the order of the template's columns. */
    int columnRank() {
        if (FILE.equals(column)) {
            return -2;
        }
        if (ROW.equals(column)) {
            return -1;
        }
        int index = ActionImportTemplate.COLUMNS.indexOf(column);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
