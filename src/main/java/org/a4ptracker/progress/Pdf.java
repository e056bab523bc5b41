package org.a4ptracker.progress;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.a4ptracker.shared.Formats;
import org.a4ptracker.shared.Languages;

/**
 * The building blocks the PDF reports share, in one language: headings, paragraphs, tables with a header
 * row, a bar chart and the cover lines. Text is set in the embedded Noto fonts ({@link PdfFonts}); in Arabic
 * every paragraph and table runs right to left (OpenPDF shapes the letters and orders mixed text by the
 * Unicode bidi algorithm) and a table's first column is on the right.
 */
final class Pdf {

    /** The kinds of text the reports use. */
    enum Style {
        TITLE(22, true, Color.BLACK), HEADING(14, true, Color.BLACK), TEXT(10, false, Color.BLACK), SMALL(8, false, Color.BLACK),
        SMALL_BOLD(8, true, Color.BLACK), WARNING(12, true, new Color(0xB0, 0x00, 0x20));

        final float size;
        final boolean bold;
        final Color color;

        Style(float size, boolean bold, Color color) {
            this.size = size;
            this.bold = bold;
            this.color = color;
        }
    }

    static final Style TITLE = Style.TITLE;
    static final Style HEADING = Style.HEADING;
    static final Style TEXT = Style.TEXT;
    static final Style SMALL = Style.SMALL;
    static final Style SMALL_BOLD = Style.SMALL_BOLD;
    static final Style WARNING = Style.WARNING;
    private static final Color BAR = new Color(0x1F, 0x5F, 0x99);
    private static final Color HEADER = new Color(0xE8, 0xEE, 0xF4);

    private final Locale locale;
    private final boolean rightToLeft;

    Pdf(Locale locale) {
        this.locale = Languages.orEnglish(locale);
        this.rightToLeft = Languages.rightToLeft(this.locale);
    }

    Locale locale() {
        return locale;
    }

    /** Writes a whole A4 document, its language declared; the content callback gets the document and its writer (for charts). */
    byte[] document(String title, BiConsumer<Document, PdfWriter> content) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("A4P Tracker");
        document.open();
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        content.accept(document, writer);
        document.close();
        return out.toByteArray();
    }

    Element paragraph(String text, Style style) {
        return block(text, style, 0, 6);
    }

    Element heading(String text) {
        return block(text, HEADING, 12, 6);
    }

    /** Left to right a plain paragraph; right to left a one-cell borderless table, the only OpenPDF element that runs RTL. */
    private Element block(String text, Style style, float before, float after) {
        Phrase phrase = phrase(text, style);
        if (!rightToLeft) {
            var p = new Paragraph(phrase);
            p.setSpacingBefore(before);
            p.setSpacingAfter(after);
            return p;
        }
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        var cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        table.addCell(cell);
        return table;
    }

    Phrase phrase(String text, Style style) {
        return PdfFonts.phrase(text == null ? "" : text, style.size, style.bold, style.color);
    }

    /** A table whose first row is the header, repeated on every page it spans. */
    PdfPTable table(List<String> header, List<List<String>> rows, float... widths) {
        var table = newTable(header, widths);
        table.setSpacingAfter(8);
        rows.forEach(row -> row.forEach(v -> table.addCell(cell(v, SMALL, null))));
        return table;
    }

    /** Right to left the columns are laid out from the right, so their widths are given from the right too. */
    private PdfPTable newTable(List<String> header, float... widths) {
        float[] ordered = widths.clone();
        if (rightToLeft) {
            for (int i = 0; i < ordered.length / 2; i++) {
                float w = ordered[i];
                ordered[i] = ordered[ordered.length - 1 - i];
                ordered[ordered.length - 1 - i] = w;
            }
        }
        var table = new PdfPTable(ordered);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        if (rightToLeft) {
            table.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        }
        header.forEach(h -> table.addCell(cell(h, SMALL_BOLD, HEADER)));
        return table;
    }

    /**
     * A table of any length, added to the document {@code FLUSH} rows at a time, each part's rows deleted
     * once written: the rows leave memory, and OpenPDF lays out the heights of a part's rows only,
     * instead of all of them (half of a 55,000-row annex's time at scale L). Every page
     * the table spans starts with its header, including those where a new part begins.
     */
    void largeTable(com.lowagie.text.Document document, PdfWriter writer, List<String> header, List<List<String>> rows,
                    float... widths) {
        largeTable(document, writer, FLUSH, header, rows, widths);
    }

    void largeTable(com.lowagie.text.Document document, PdfWriter writer, int flush, List<String> header,
                    List<List<String>> rows, float... widths) {
        var table = newTable(header, widths);
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

    private PdfPCell cell(String text, Style style, Color background) {
        var cell = new PdfPCell(phrase(text, style));
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /**
     * A bar per label, drawn as rectangles on a template; bars with no figure are left out, never drawn as zero.
     * Labels are numbers (an area, a round), so the chart reads left to right in every language; the table beside it names them.
     */
    Image barChart(PdfWriter writer, List<String> labels, List<Double> amounts, double max) {
        float width = 480, height = 150, left = 30, bottom = 30, top = 10;
        var chart = writer.getDirectContent().createTemplate(width, height);
        var font = PdfFonts.figures();
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

    String format(double amount) {
        return Formats.number(amount, locale);
    }

    static Chunk pageBreak() {
        return Chunk.NEXTPAGE;
    }
}
