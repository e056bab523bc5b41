package org.a4ptracker.action;

import java.util.List;

/** The header and the non-empty data rows of an import file, before any validation. */
record ImportSheet(List<ImportCell> header, List<Row> rows) {

    /** {@code number} is the spreadsheet row number: the header is row 1. */
    record Row(int number, List<ImportCell> cells) {

        boolean blank() {
            return cells.stream().allMatch(ImportCell::blank);
        }
    }

    static void requireWithin(int dataRows, int maxRows) {
        if (dataRows > maxRows) {
            throw new ImportFailure("the file has more than " + maxRows + " actions; split it into files of at most "
                    + maxRows + " rows");
        }
    }

    static ImportFailure empty() {
        return new ImportFailure("the file is empty: the first row must hold the column names");
    }
}
