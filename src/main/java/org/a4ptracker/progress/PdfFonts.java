package org.a4ptracker.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts embedded in the PDF reports (resources/fonts, SIL Open Font License, see LICENSE-OFL.txt):
 * Noto Sans for Latin, Greek and Cyrillic, Noto Sans Arabic, Noto Sans CJK SC. Each run of text is set in
 * the first of them that has its characters, so a Chinese or Arabic report can still quote a Latin code.
 * Only the glyphs used are embedded (subsets), so a report stays small.
 */
final class PdfFonts {

    private static final BaseFont SANS = load("NotoSans-Regular.ttf");
    private static final BaseFont SANS_BOLD = load("NotoSans-Bold.ttf");
    private static final BaseFont ARABIC = load("NotoSansArabic-Regular.ttf");
    private static final BaseFont ARABIC_BOLD = load("NotoSansArabic-Bold.ttf");
    private static final BaseFont CHINESE = load("NotoSansSC-Regular.ttf");

    private PdfFonts() {
    }

    /** The three fonts at one size, weight and colour, kept: a report sets thousands of cells in a few of them. */
    private record Style(float size, boolean bold, int rgb) {
    }

    private static final java.util.Map<Style, Font[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Font[] fonts(float size, boolean bold, java.awt.Color color) {
        return FONTS.computeIfAbsent(new Style(size, bold, color.getRGB()), s -> new Font[]{
                new Font(bold ? SANS_BOLD : SANS, size, Font.NORMAL, color),
                new Font(bold ? ARABIC_BOLD : ARABIC, size, Font.NORMAL, color),
                new Font(CHINESE, size, Font.NORMAL, color)});
    }

    /**
     * A phrase of the text, each run in the first of the fonts that has its characters (line breaks stay in the run
     * they are in); its own font (for line heights) the Latin one. OpenPDF's FontSelector does the same, but its
     * constructor reads a fallback font from its jar every time: for the thousands of cells of a large report that
     * was minutes of work (the progress report at 500,000 actions did not finish in 5 minutes).
     */
    static Phrase phrase(String text, float size, boolean bold, java.awt.Color color) {
        Font[] fonts = fonts(size, bold, color);
        Phrase phrase = new Phrase();
        phrase.setFont(fonts[0]);
        if (text == null || text.isEmpty()) {
            return phrase;
        }
        var run = new StringBuilder();
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Font font = current;
            if (c != '\n' && c != '\r' || current == null) {
                font = fonts[0];
                for (Font f : fonts) {
                    if (f.getBaseFont().charExists(c)) {
                        font = f;
                        break;
                    }
                }
            }
            if (current != null && font != current) {
                phrase.add(new Chunk(run.toString(), current));
                run.setLength(0);
            }
            current = font;
            run.appendCodePoint(c);
        }
        phrase.add(new Chunk(run.toString(), current));
        return phrase;
    }

    /** The Latin font, for figures drawn directly on a chart. */
    static BaseFont figures() {
        return SANS;
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from resources/fonts");
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
