package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Marks the words of a text that a query matched, by analysing the text as it was indexed (its own language and the
 * neutral analysis) and comparing terms, and cuts a long text to the passage with the most matches.
 */
final class Highlighter {

    static final int SCANNED = 2000;

    private Highlighter() {
    }

    /** The whole text with its matches marked. */
    static Snippet whole(String text, Analysis.Lang lang, Predicate<String> matches) {
        return cut(text, marks(text, lang, matches), 0, text.length());
    }

    /** About {@code width} characters around the densest run of matches (the start of the text if none), at word breaks. */
    static Snippet passage(String text, Analysis.Lang lang, Predicate<String> matches, int width) {
        if (text.length() <= width) {
            return whole(text, lang, matches);
        }
        // a passage is looked for in the first part of a long text only: reading 10,000 characters for each result
        // would cost more than the search
        String head = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
        var marks = marks(head, lang, matches);
        int bestStart = 0;
        int bestCount = 0;
        for (int i = 0; i < marks.size(); i++) {
            int count = 0;
            for (int j = i; j < marks.size() && marks.get(j)[1] - marks.get(i)[0] <= width; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                bestStart = Math.max(0, marks.get(i)[0] - width / 6);
            }
        }
        int start = wordStart(text, bestStart);
        int end = wordEnd(text, Math.min(text.length(), start + width));
        return cut(text, marks, start, end);
    }

    private static List<int[]> marks(String text, Analysis.Lang lang, Predicate<String> matches) {
        var ranges = new ArrayList<int[]>();
        // the text's own analysis is enough: a query's terms include every language's form of each word
        for (Analysis.Token t : Analysis.tokens(lang, text)) {
            if (matches.test(t.term())) {
                ranges.add(new int[] {t.start(), t.end()});
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        var merged = new ArrayList<int[]>();
        for (int[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        return merged;
    }

    private static Snippet cut(String text, List<int[]> marks, int start, int end) {
        var parts = new ArrayList<Snippet.Part>();
        int at = start;
        for (int[] m : marks) {
            if (m[1] <= start || m[0] >= end) {
                continue;
            }
            int from = Math.max(m[0], start);
            int to = Math.min(m[1], end);
            if (from > at) {
                parts.add(new Snippet.Part(text.substring(at, from), false));
            }
            parts.add(new Snippet.Part(text.substring(from, to), true));
            at = to;
        }
        if (at < end) {
            parts.add(new Snippet.Part(text.substring(at, end), false));
        }
        return new Snippet(List.copyOf(parts), start > 0, end < text.length());
    }

    private static int wordStart(String text, int i) {
        int limit = Math.max(0, i - 30);
        int at = i;
        while (at > limit && !Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at == limit && limit > 0 ? i : at;
    }

    private static int wordEnd(String text, int i) {
        int limit = Math.min(text.length(), i + 30);
        int at = i;
        while (at < limit && !Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at == limit && limit < text.length() ? i : at;
    }
}
