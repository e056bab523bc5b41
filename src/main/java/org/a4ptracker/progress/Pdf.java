package org.a4ptracker.progress;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.BiConsumer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The few building blocks the PDF reports share, in the built-in Helvetica only so that nothing
 * is embedded or downloaded: headings, a table with a header row, a bar chart and the cover lines.
 */
final class Pdf {

    static final Font TITLE = new Font(Font.HELVETICA, 22, Font.BOLD);
    static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    static final Font TEXT = new Font(Font.HELVETICA, 10);
    static final Font SMALL = new Font(Font.HELVETICA, 8);
    static final Font SMALL_BOLD = new Font(Font.HELVETICA, 8, Font.BOLD);
    static final Font WARNING = new Font(Font.HELVETICA, 12, Font.BOLD, new Color(0xB0, 0x00, 0x20));
    private static final Color BAR = new Color(0x1F, 0x5F, 0x99);

    private Pdf() {
    }

    /** Writes a whole A4 document; the content callback gets the document and its writer (for charts). */
    static byte[] document(String title, BiConsumer<Document, PdfWriter> content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("A4P Tracker");
        document.open();
        content.accept(document, writer);
        document.close();
        return out.toByteArray();
    }

    static Paragraph paragraph(String text, Font font) {
        var p = new Paragraph(text, font);
        p.setSpacingAfter(6);
        return p;
    }

    static Paragraph heading(String text) {
        var p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        return p;
    }

    /** A table whose first row is the header, repeated on every page it spans. */
    static PdfPTable table(List<String> header, List<List<String>> rows, float... widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(8);
        header.forEach(h -> table.addCell(cell(h, SMALL_BOLD, new Color(0xE8, 0xEE, 0xF4))));
        rows.forEach(row -> row.forEach(v -> table.addCell(cell(v, SMALL, null))));
        return table;
    }

    /**
     * A table of any length, added to the document {@code FLUSH} rows at a time, each part's rows deleted
     * once written: the rows leave memory, and OpenPDF lays out the heights of a part's rows only,
     * instead of all of them (half of a 55,000-row annex's time at scale L). Every page
     * the table spans starts with its header, including those where a new part begins.
     */
    static void largeTable(com.lowagie.text.Document document, PdfWriter writer, List<String> header, List<List<String>> rows,
                           float... widths) {
        largeTable(document, writer, FLUSH, header, rows, widths);
    }

    static void largeTable(com.lowagie.text.Document document, PdfWriter writer, int flush, List<String> header,
                           List<List<String>> rows, float... widths) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(cell(h, SMALL_BOLD, new Color(0xE8, 0xEE, 0xF4))));
        int added = 0;
        for (var row : rows) {
            row.forEach(v -> table.addCell(cell(v, SMALL, null)));
            if (++added % flush == 0 && added < rows.size()) {
                document.add(table);
                table.deleteBodyRows();
                // the next part continues the table under the rows just written, without a header, unless it starts a page:
                // at the top of a new page (the part just written ended at the foot of the last one), or too near the foot
                float position = writer.getVerticalPosition(true);
                boolean foot = position - document.bottom() < FOOT;
                if (foot) {
                    document.newPage();
                }
                table.setSkipFirstHeader(!foot && position < document.top() - 1);
            }
        }
        table.setSpacingAfter(8);
        document.add(table);
    }

    /** Rows added to a large table at a time, and the space (points) under which its next part starts on a new page. */
    static final int FLUSH = 500;
    static final float FOOT = 40;

    private static PdfPCell cell(String text, Font font, Color background) {
        var cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /** A bar per label, drawn as rectangles on a template; bars with no figure are left out, never drawn as zero. */
    static Image barChart(PdfWriter writer, List<String> labels, List<Double> amounts, double max) {
        float width = 480, height = 150, left = 30, bottom = 30, top = 10;
        var chart = writer.getDirectContent().createTemplate(width, height);
        var font = baseFont();
        float plot = height - bottom - top;
        float slot = (width - left) / Math.max(1, labels.size());
        double scale = max <= 0 ? 1 : max;
        chart.setLineWidth(0.5f);
        chart.moveTo(left, bottom);
        chart.lineTo(width, bottom);
        chart.stroke();
        for (int i = 0; i < labels.size(); i++) {
            float x = left + i * slot + slot * 0.2f;
            Double amount = amounts.get(i);
            chart.beginText();
            chart.setFontAndSize(font, 7);
            chart.showTextAligned(Element.ALIGN_CENTER, labels.get(i), x + slot * 0.3f, bottom - 12, 0);
            if (amount != null) {
                chart.showTextAligned(Element.ALIGN_CENTER, format(amount), x + slot * 0.3f,
                        bottom + (float) (amount / scale * plot) + 3, 0);
            }
            chart.endText();
            if (amount != null) {
                chart.setColorFill(BAR);
                chart.rectangle(x, bottom, slot * 0.6f, (float) (amount / scale * plot));
                chart.fill();
                chart.setColorFill(Color.BLACK);
            }
        }
        var image = Image.getInstance(chart);
        image.setSpacingAfter(4);
        return image;
    }

    static String format(double amount) {
        return amount == Math.rint(amount) ? String.valueOf((long) amount) : String.format(java.util.Locale.ROOT, "%.2f", amount);
    }

    static Chunk pageBreak() {
        return Chunk.NEXTPAGE;
    }

    private static BaseFont baseFont() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
