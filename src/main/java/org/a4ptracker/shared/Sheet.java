package org.a4ptracker.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The header and the non-empty data rows of an uploaded sheet, before any validation. */
public record Sheet(List<SheetCell> header, List<Row> rows) {

    public Sheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** {@code number} is the spreadsheet row number: the header is row 1. */
    public record Row(int number, List<SheetCell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public boolean blank() {
            return cells.stream().allMatch(SheetCell::blank);
        }

        /** The cell at a zero-based index; cells past the end of the row are blank. */
        public SheetCell cell(int index) {
            return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
        }
    }

    /**
     * Matches the header, case-insensitively and in any order, to the {@code accepted} column
     * names (lower case). Returns column name to cell index; header problems are added to
     * {@code errors}, and rows should not be read unless there are none.
     */
    public Map<String, Integer> columns(List<String> accepted, List<String> required, List<CellError> errors) {
        var columns = new LinkedHashMap<String, Integer>();
        var unknown = new ArrayList<String>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).value().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!accepted.contains(name)) {
                unknown.add(header.get(i).value());
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(CellError.file("problem.sheet.column-twice", name));
            }
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(CellError.file("problem.sheet.missing-columns", missing.size(), quoted(missing)));
        }
        if (!unknown.isEmpty()) {
            errors.add(CellError.file("problem.sheet.unknown-columns", unknown.size(), quoted(unknown), String.join(", ", accepted)));
        }
        return columns;
    }

    /**
     * Every cell, the header's too, holding a character {@link PlainText} refuses, by row and column: one check for all
     * imports. Cells may have several lines (descriptions do); a column with a one-line rule checks that itself.
     */
    public List<CellError> refusedCharacters() {
        var errors = new ArrayList<CellError>();
        refused(1, header, errors);
        rows.forEach(r -> refused(r.number(), r.cells(), errors));
        return errors;
    }

    private void refused(int rowNumber, List<SheetCell> cells, List<CellError> errors) {
        for (int i = 0; i < cells.size(); i++) {
            int column = i;
            PlainText.refusal(cells.get(i).value(), PlainText.Lines.MANY).ifPresent(p -> errors.add(
                    column < header.size() && !header.get(column).blank() ? new CellError(rowNumber, header.get(column).value(), p)
                            : new CellError(rowNumber, CellError.ROW, Text.of("problem.cell.in-column", column + 1, p))));
        }
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
