package org.a4ptracker.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends one table as a CSV or XLSX download, streamed. The content type and file name are set when
 * the first byte goes out, not before: a filter refused while the rows are being looked up (an
 * unknown stakeholder, say) still answers as a problem, not as a broken file.
 */
public final class TableDownload {

    private TableDownload() {
    }

    /**
     * @param name     the file is {@code a4p-<name>.<csv|xlsx>} and the XLSX sheet is {@code name}
     * @param header   the column names, as CSV gives them; an XLSX has their headings in the reader's language
     * @param messages renders the XLSX's headings and {@link TableWriter.Label labels} in the request's language
     * @param rows     writes the rows; the header is already written, and an empty table is a file with just the header
     */
    public static void send(HttpServletResponse response, TableWriter.Format format, String name, List<String> header,
                            Messages messages, Consumer<TableWriter> rows) throws IOException {
        send(response, format, name, name, header, messages, rows);
    }

    /** The same, with an XLSX sheet named {@code sheet} (at most 31 characters). */
    public static void send(HttpServletResponse response, TableWriter.Format format, String name, String sheet, List<String> header,
                            Messages messages, Consumer<TableWriter> rows) throws IOException {
        var out = new HeadersOnFirstByte(response, format, "a4p-" + name + "." + format.extension());
        try (var table = TableWriter.open(format, out, sheet, header, messages::text)) {
            rows.accept(table);
            table.finish();
        }
    }

    private static final class HeadersOnFirstByte extends OutputStream {

        private final HttpServletResponse response;
        private final TableWriter.Format format;
        private final String filename;
        private OutputStream out;

        HeadersOnFirstByte(HttpServletResponse response, TableWriter.Format format, String filename) {
            this.response = response;
            this.format = format;
            this.filename = filename;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                response.setContentType(format.contentType());
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
                out = response.getOutputStream();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out().flush();
        }
    }
}
