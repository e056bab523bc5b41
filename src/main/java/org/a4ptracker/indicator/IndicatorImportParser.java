package org.a4ptracker.indicator;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.Sheet;
import org.a4ptracker.shared.SheetProblem;
import org.a4ptracker.shared.SheetReader;
import org.a4ptracker.shared.Text;

/**
 * Reads and validates a reporter's indicator values from a .csv or .xlsx file. Every row is
 * checked and every error is returned, so that the whole file can be fixed in one go; nothing
 * here writes anything. Bad input never throws: it comes back as errors.
 */
public final class IndicatorImportParser {

    static final List<String> REQUIRED = List.of("indicator", "period", "value");

    private final Map<String, IndicatorRules> indicators;
    private final SheetReader reader;

    /** {@code indicators} by code; codes match case-insensitively. */
    public IndicatorImportParser(Map<String, IndicatorRules> indicators, long maxBytes, int maxRows) {
        this.reader = new SheetReader(maxBytes, maxRows);
        this.indicators = indicators.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().strip().toUpperCase(Locale.ROOT), Map.Entry::getValue));
    }

    /** The stream is read but not closed: it belongs to the caller. */
    public IndicatorImportParse parse(String filename, InputStream in) {
        try {
            return validate(reader.read(filename, in));
        } catch (SheetProblem e) {
            return failed(e.text());
        }
    }

    private IndicatorImportParse validate(Sheet sheet) {
        List<CellError> errors = new ArrayList<>();
        Map<String, Integer> columns = sheet.columns(IndicatorImportTemplate.COLUMNS, REQUIRED, errors);
        if (!errors.isEmpty()) {
            return new IndicatorImportParse(List.of(), errors);
        }
        if (sheet.rows().isEmpty()) {
            return failed(Text.of("indicator.problem.no-rows"));
        }
        errors.addAll(sheet.refusedCharacters());
        var validator = new IndicatorRowValidator(indicators);
        List<IndicatorImportRow> rows = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            IndicatorImportRow value = validator.validate(new RowCells(row, columns, errors));
            if (value != null) {
                rows.add(value);
            }
        }
        errors.sort(CellError.order(IndicatorImportTemplate.COLUMNS));
        return new IndicatorImportParse(rows, errors);
    }

    private static IndicatorImportParse failed(Text message) {
        return new IndicatorImportParse(List.of(), List.of(CellError.file(message)));
    }
}
