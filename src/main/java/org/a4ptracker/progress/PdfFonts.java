package org.a4ptracker.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

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

    /** A selector over the three scripts at this size, bold or not, in this colour. */
    static FontSelector selector(float size, boolean bold, java.awt.Color color) {
        var selector = new FontSelector();
        selector.addFont(new Font(bold ? SANS_BOLD : SANS, size, Font.NORMAL, color));
        selector.addFont(new Font(bold ? ARABIC_BOLD : ARABIC, size, Font.NORMAL, color));
        selector.addFont(new Font(CHINESE, size, Font.NORMAL, color));
        return selector;
    }

    /** A phrase of the text in the first font that has each character; its own font (for line heights) the Latin one. */
    static Phrase phrase(String text, float size, boolean bold, java.awt.Color color) {
        Phrase phrase = selector(size, bold, color).process(text);
        phrase.setFont(new Font(bold ? SANS_BOLD : SANS, size, Font.NORMAL, color));
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
