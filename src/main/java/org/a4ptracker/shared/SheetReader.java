package org.a4ptracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Reads an uploaded .csv (UTF-8) or .xlsx (first sheet) into its header and non-empty rows,
 * keeping the row numbers a spreadsheet shows. Every problem with the file as a whole is a
 * {@link SheetProblem} worded for the uploader; validating the cells is up to the caller.
 */
public final class SheetReader {

    private static final long MEGABYTE = 1024 * 1024;

    private final long maxBytes;
    private final int maxRows;

    public SheetReader(long maxBytes, int maxRows) {
        if (maxBytes <= 0 || maxBytes >= Integer.MAX_VALUE - 8 || maxRows <= 0) {
            throw new IllegalArgumentException("maxBytes must be 1.." + (Integer.MAX_VALUE - 9) + " and maxRows positive");
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    /** The stream is read but not closed: it belongs to the caller. */
    public Sheet read(String filename, InputStream in) {
        boolean csv = csv(filename);
        byte[] bytes = readAtMostLimit(in);
        return csv ? CsvSheet.read(bytes, this) : XlsxSheet.read(bytes, this);
    }

    void requireWithin(int dataRows) {
        if (dataRows > maxRows) {
            throw new SheetProblem("problem.sheet.too-many-rows", maxRows);
        }
    }

    static SheetProblem empty() {
        return new SheetProblem("problem.sheet.no-header");
    }

    private static boolean csv(String filename) {
        String name = filename == null ? "" : filename.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
            return name.endsWith(".csv");
        }
        throw new SheetProblem("problem.sheet.type");
    }

    /** Reading one byte past the limit tells "too large" apart without buffering a huge upload. */
    private byte[] readAtMostLimit(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new SheetProblem("problem.sheet.unreadable");
        }
        if (bytes.length > maxBytes) {
            throw new SheetProblem("problem.sheet.too-large", megabytes());
        }
        if (bytes.length == 0) {
            throw new SheetProblem("problem.sheet.empty");
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
}
