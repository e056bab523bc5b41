package org.a4ptracker.action;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level diff (longest common subsequence) for showing what changed between two versions of a text. */
public final class TextDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    public record Segment(Kind kind, String text) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");
    /** Beyond this many tokens a side, the texts are shown as replaced whole: the table would be too large. */
    static final int MAX_TOKENS = 4000;

    private TextDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before == null ? "" : before);
        List<String> b = tokens(after == null ? "" : after);
        if (a.size() > MAX_TOKENS || b.size() > MAX_TOKENS) {
            return merge(List.of(new Segment(Kind.REMOVED, String.join("", a)), new Segment(Kind.ADDED, String.join("", b))));
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        var out = new ArrayList<Segment>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Segment(Kind.SAME, a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Segment(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new Segment(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            out.add(new Segment(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            out.add(new Segment(Kind.ADDED, b.get(j++)));
        }
        return merge(out);
    }

    public static boolean changed(List<Segment> diff) {
        return diff.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static List<Segment> merge(List<Segment> segments) {
        var merged = new ArrayList<Segment>();
        for (Segment s : segments) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.get(merged.size() - 1).kind() == s.kind()) {
                merged.set(merged.size() - 1, new Segment(s.kind(), merged.get(merged.size() - 1).text() + s.text()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
