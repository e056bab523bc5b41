package org.a4ptracker.shared;

import java.util.Comparator;
import java.util.List;

/**
 * One problem in an uploaded sheet, worded (as a message key with arguments) for the person who has to fix it. {@code row} is the
 * spreadsheet row number (the header is row 1). Whole-file problems have row 0 and column
 * {@value #FILE}; a problem of the whole row, not of one cell, has column {@value #ROW}.
 */
public record CellError(int row, String column, Text message) {

    public static final String FILE = "file";
    public static final String ROW = "row";

    public static CellError file(Text message) {
        return new CellError(0, FILE, message);
    }

    public static CellError file(String key, Object... args) {
        return file(Text.of(key, args));
    }

    /** By row, then file and row problems, then cells in the order of {@code columns}. */
    public static Comparator<CellError> order(List<String> columns) {
        return Comparator.comparingInt(CellError::row).thenComparingInt(e -> e.rank(columns));
    }

    private int rank(List<String> columns) {
        if (FILE.equals(column)) {
            return -2;
        }
        if (ROW.equals(column)) {
            return -1;
        }
        int index = columns.indexOf(column);
        return index < 0 ? Integer.MAX_VALUE : index;
    }
}
