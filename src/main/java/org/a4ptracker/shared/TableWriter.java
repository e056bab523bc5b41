package org.a4ptracker.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table, a header and then rows as they come, as CSV (RFC 4180, UTF-8) or XLSX, in constant
 * memory: CSV goes straight to the stream, XLSX through POI's streaming workbook that keeps only a few
 * rows in memory. Cells are typed the same way in both: empty for null, numbers as numbers (numeric
 * cells in XLSX), instants in whole seconds (ISO 8601, UTC), lists joined by {@code ;}; every text cell
 * is neutralised against formula injection, numbers such as -5 stay numbers.
 *
 * <p>CSV is for machines: its header is the column names and a {@link Label} cell is its code. An XLSX opened with
 * a reader (a person's spreadsheet) has its headings and labels in the reader's language instead (message keys
 * {@code column.<name>}); its numbers stay numbers. The open-data package and the API's CSV never change with the
 * reader's language.
 *
 * <p>{@link #finish()} completes the file without closing the stream; {@link #close()} only frees the
 * XLSX temporary files, so a writer abandoned after an error leaves nothing behind.
 */
public abstract sealed class TableWriter implements AutoCloseable {

    public enum Format {
        CSV("text/csv;charset=UTF-8"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The format of a file extension such as {@code csv}; anything else is a bad request. */
        public static Format of(String extension) {
            return Enums.parse(Format.class, "format", extension);
        }
    }

    /**
     * A cell for people in a code for machines: CSV writes {@code code}, an XLSX for a reader writes {@code label} (a
     * {@link Text} or a name) in the reader's language. A null code is an empty cell in both.
     */
    public record Label(Object code, Object label) {

        /** A status, a kind or an actor: its code, labelled by the message {@code keyPrefix + code}. */
        public static Label of(String keyPrefix, Object code) {
            return new Label(code, code == null ? null : Text.of(keyPrefix + (code instanceof Enum<?> e ? e.name() : code)));
        }

        /** A name: {@code machine} for machines (the English name, say), {@code name} for people. */
        public static Label name(Object machine, String name) {
            return new Label(machine, name);
        }
    }

    private long rows;

    /** @param sheet the XLSX sheet's name (ignored for CSV) */
    public static TableWriter open(Format format, OutputStream out, String sheet, List<String> header) {
        return open(format, out, sheet, header, null);
    }

    /**
     * @param reader renders a message in the reader's language, for the headings and labels of an XLSX; null keeps the
     *               column names and codes (ignored for CSV, which is always for machines)
     */
    public static TableWriter open(Format format, OutputStream out, String sheet, List<String> header, Function<Object, String> reader) {
        return format == Format.CSV ? new Csv(out, header) : new Xlsx(out, sheet, header, reader);
    }

    public final void row(Object... values) {
        row(java.util.Arrays.asList(values));
    }

    public final void row(List<?> values) {
        try {
            write(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
    }

    /** Data rows written so far, the header not counted. */
    public final long rows() {
        return rows;
    }

    protected abstract void write(List<?> values) throws IOException;

    /** Completes the file; the stream is flushed, not closed. */
    public abstract void finish() throws IOException;

    @Override
    public void close() {
    }

    /** The text of a cell as CSV writes it; null for an empty cell. */
    static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Label l) {
            return text(l.code());
        }
        if (v instanceof String s) {
            return SpreadsheetCells.neutralise(s);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            return SpreadsheetCells.neutralise(c.stream().map(String::valueOf).collect(Collectors.joining(";")));
        }
        return v instanceof Number || v instanceof Boolean ? v.toString() : SpreadsheetCells.neutralise(v.toString());
    }

    private static final class Csv extends TableWriter {

        private final CSVPrinter csv;

        Csv(OutputStream out, List<String> header) {
            try {
                // never closed: closing would close the stream, which belongs to the caller (a zip, a servlet response)
                csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                        CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected void write(List<?> values) throws IOException {
            for (Object v : values) {
                String text = text(v);
                csv.print(text == null ? "" : text);
            }
            csv.println();
        }

        @Override
        public void finish() throws IOException {
            csv.flush();
        }
    }

    private static final class Xlsx extends TableWriter {

        /** Rows kept in memory; older ones are flushed to a temporary file. */
        private static final int WINDOW = 100;
        private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

        private final OutputStream out;
        private final String name;
        private final List<String> header;
        private final Function<Object, String> reader;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private SXSSFSheet sheet;
        private int next;

        Xlsx(OutputStream out, String name, List<String> header, Function<Object, String> reader) {
            this.out = out;
            this.name = name;
            this.reader = reader;
            this.header = reader == null ? List.copyOf(header) : header.stream().map(h -> reader.apply(Text.of("column." + h))).toList();
            workbook.setCompressTempFiles(true);
            newSheet();
        }

        /** A table longer than a sheet continues on the next one ("actions (2)"), under the same header. */
        private void newSheet() {
            int number = workbook.getNumberOfSheets();
            sheet = workbook.createSheet(number == 0 ? name : name + " (" + (number + 1) + ")");
            next = 0;
            var row = sheet.createRow(next++);
            for (int c = 0; c < header.size(); c++) {
                row.createCell(c).setCellValue(header.get(c));
            }
        }

        @Override
        protected void write(List<?> values) {
            if (next == MAX_ROWS) {
                newSheet();
            }
            var row = sheet.createRow(next++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v instanceof Label l) {
                    v = l.code() == null ? null : reader == null ? l.code() : reader.apply(l.label());
                }
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    row.createCell(c).setCellValue(b);
                } else if (v != null) {
                    row.createCell(c).setCellValue(text(v));
                }
            }
        }

        @Override
        public void finish() throws IOException {
            workbook.write(out);
            out.flush();
        }

        @Override
        public void close() {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
