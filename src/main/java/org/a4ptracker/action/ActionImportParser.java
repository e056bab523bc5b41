package org.a4ptracker.action;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a bulk import of actions from a .csv or .xlsx file. Every row is checked
 * and every error is returned, so that a focal point can fix the whole file in one go; nothing
 * here writes anything. Bad input never throws: it comes back as errors.
 */
public final class ActionImportParser {

    private static final long MEGABYTE = 1024 * 1024;

    private final ImportRowValidator validator;
    private final long maxBytes;
    private final int maxRows;

    public ActionImportParser(Set<Integer> commitmentNumbers, Set<String> missionCodes, long maxBytes, int maxRows) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE - 8 || maxRows <= 0) {
            throw new IllegalArgumentException("maxBytes must be 1.." + (Integer.MAX_VALUE - 9) + " and maxRows positive");
        }
        this.validator = new ImportRowValidator(commitmentNumbers, missionCodes);
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** The stream is read but not closed: it belongs to the caller. */
    public ImportParse parse(String filename, InputStream in) {
        try {
            boolean csv = csv(filename);
            byte[] bytes = readAtMostLimit(in);
            return validate(csv ? CsvRows.read(bytes, maxRows) : XlsxRows.read(bytes, maxRows));
        } catch (ImportFailure e) {
            return new ImportParse(List.of(), List.of(ImportError.file(e.getMessage())));
        }
    }

    private static boolean csv(String filename) {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
            return name.endsWith(".csv");
        }
        throw new ImportFailure("only .csv and .xlsx files can be imported");
    }

    /** Reading one byte past the limit tells "too large" apart without buffering a huge upload. */
    private byte[] readAtMostLimit(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new ImportFailure("the file could not be read; please upload it again");
        }
        if (bytes.length > maxBytes) {
            throw new ImportFailure("the file is larger than the " + megabytes() + " MB limit");
        }
        if (bytes.length == 0) {
            throw new ImportFailure("the file is empty");
        }
        return bytes;
    }

    private String megabytes() {
        if (maxBytes % MEGABYTE != 0 && maxBytes % 1_000_000 == 0) {
            return String.valueOf(maxBytes / 1_000_000);
        }
        return BigDecimal.valueOf(maxBytes).divide(BigDecimal.valueOf(MEGABYTE), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private ImportParse validate(ImportSheet sheet) {
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> columns = ImportColumns.resolve(sheet.header(), errors);
        if (!errors.isEmpty()) {
            return new ImportParse(List.of(), errors);
        }
        if (sheet.rows().isEmpty()) {
            throw new ImportFailure("the file contains no actions: add one action per row below the column names");
        }
        List<ImportRow> rows = new ArrayList<>();
        for (ImportSheet.Row row : sheet.rows()) {
            ImportRow action = validator.validate(new ImportCells(row, columns, errors));
            if (action != null) {
                rows.add(action);
            }
        }
        return new ImportParse(rows, errors);
    }
}
