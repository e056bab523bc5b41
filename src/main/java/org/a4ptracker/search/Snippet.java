package org.a4ptracker.search;

import java.util.List;

/**
 * A piece of text in parts, the matching words marked. Pages write each part as text (escaped), a match inside
 * {@code <mark>}; the API returns the parts, so no caller has to trust markup made from a person's text.
 */
public record Snippet(List<Part> parts, boolean cutBefore, boolean cutAfter) {

    public record Part(String text, boolean match) {
    }

    public String text() {
        var b = new StringBuilder();
        parts.forEach(p -> b.append(p.text()));
        return b.toString();
    }

    public boolean hasMatch() {
        return parts.stream().anyMatch(Part::match);
    }
}
