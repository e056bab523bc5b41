package org.a4ptracker.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for text that people type or import (titles, descriptions, notes, reasons, cells,
 * file names): no control characters, which break pages, CSV and PDF and can hide text, and no
 * bidirectional embedding or override characters (U+202A–U+202E, U+2066–U+2069), which make a name
 * read differently from what it is ("invoice\u202Efdp.exe"). Tab and line breaks are kept where the
 * text may have several lines. Left-to-right and right-to-left marks (U+200E, U+200F) stay allowed:
 * Arabic text needs them.
 */
public final class PlainText {

    /** Whether the text may have several lines (tab and line breaks allowed). */
    public enum Lines { ONE, MANY }

    private PlainText() {
    }

    /** What is wrong with the text, as a message key with its arguments (the character's code point and position), or empty if nothing is. */
    public static Optional<Text> refusal(String text, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (refused(c, lines)) {
                String code = String.format(Locale.ROOT, "U+%04X", (int) c);
                String key = bidi(c) ? "input.bidi" : lines == Lines.MANY ? "input.control.multiline" : "input.control";
                return Optional.of(Text.of(key, code, i + 1));
            }
        }
        return Optional.empty();
    }

    /** The same check for a named input, and its length against the column it goes to, as a 400 naming it. */
    public static void require(String parameter, String text, Lines lines, int maxLength) {
        problem(text, lines, maxLength).ifPresent(p -> {
            throw new BadRequestException(parameter, p);
        });
    }

    /** The length against the column, then {@link #refusal}: what {@link #require} refuses, for a form that reports every field. */
    public static Optional<Text> problem(String text, Lines lines, int maxLength) {
        if (text != null && text.length() > maxLength) {
            return Optional.of(Text.of("input.too-long", text.length(), maxLength));
        }
        return refusal(text, lines);
    }

    static boolean refused(char c, Lines lines) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return lines == Lines.ONE;
        }
        return c < 0x20 || c >= 0x7F && c <= 0x9F || bidi(c);
    }

    private static boolean bidi(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
