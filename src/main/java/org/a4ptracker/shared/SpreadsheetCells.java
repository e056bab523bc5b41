package org.a4ptracker.shared;

/**
 * Guards against spreadsheet formula injection (CSV/XLSX "DDE" attacks): a value that a
 * spreadsheet would evaluate when the file is opened. Imports refuse such values; exports
 * neutralise them so that the cell shows as text.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /**
     * True for text starting with {@code = + @}, a tab or a carriage return, or with {@code -}
     * followed by anything but a space: "- first point" is a bullet, "-2+3" is evaluated.
     * A lone "-" is allowed because a spreadsheet has nothing to evaluate in it.
     */
    public static boolean isFormulaLike(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        return switch (s.charAt(0)) {
            case '=', '+', '@', '\t', '\r' -> true;
            case '-' -> s.length() > 1 && s.charAt(1) != ' ';
            default -> false;
        };
    }

    /** A leading apostrophe makes spreadsheets show the value as text instead of running it. */
    public static String neutralise(String s) {
        return isFormulaLike(s) ? "'" + s : s;
    }
}
