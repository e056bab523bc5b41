package org.a4ptracker.shared;

/** One cell of an uploaded sheet as text, with whether a spreadsheet would run it as a formula. */
public record SheetCell(String text, boolean formula) {

    public static final SheetCell BLANK = new SheetCell("", false);

    /**
     * The stripped value is checked too because it is the one that gets stored: " =1" would
     * become "=1" and run when the value is later exported and opened.
     */
    public static SheetCell of(String text) {
        if (text == null) {
            return BLANK;
        }
        boolean formula = SpreadsheetCells.isFormulaLike(text) || SpreadsheetCells.isFormulaLike(text.strip());
        return new SheetCell(text, formula);
    }

    /** A cell the sheet itself holds as a formula, such as SUM(A1:A2). */
    public static SheetCell formula(String formula) {
        return new SheetCell("=" + formula, true);
    }

    /** Whitespace only counts as empty: it carries nothing a spreadsheet could run. */
    public boolean blank() {
        return text.isBlank();
    }

    public String value() {
        return text.strip();
    }
}
