package org.a4ptracker.action;

import org.a4ptracker.shared.SpreadsheetCells;

/** One cell of an import file as text, with whether a spreadsheet would run it as a formula. */
record ImportCell(String text, boolean formula) {

    static final ImportCell BLANK = new ImportCell("", false);

    /**
     * The stripped value is checked too because it is the one that gets stored: " =1" would
     * become "=1" and run when the action is later exported and opened.
     */
    static ImportCell of(String text) {
        if (text == null) {
            return BLANK;
        }
        boolean formula = SpreadsheetCells.isFormulaLike(text) || SpreadsheetCells.isFormulaLike(text.strip());
        return new ImportCell(text, formula);
    }

    static ImportCell formula(String formula) {
        return new ImportCell("=" + formula, true);
    }

    /** Whitespace only counts as empty: it carries nothing a spreadsheet could run. */
    boolean blank() {
        return text.isBlank();
    }

    String value() {
        return text.strip();
    }
}
