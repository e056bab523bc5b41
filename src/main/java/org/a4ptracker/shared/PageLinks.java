package org.a4ptracker.shared;

import org.springframework.web.util.UriComponentsBuilder;

/** Builds the link prefix a pager appends {@code page=N} to, keeping the filters that are set. */
public final class PageLinks {

    private PageLinks() {
    }

    /** @param nameValues alternating parameter names and values; empty values are left out */
    public static String base(String path, Object... nameValues) {
        String uri = uri(path, nameValues);
        return uri + (uri.contains("?") ? "&" : "?");
    }

    /**
     * The query string of the filters that are set, such as {@code ?cycle=2026&status=COMPLETED}, or empty:
     * what a download link appends so that it exports what the page shows.
     */
    public static String query(Object... nameValues) {
        return uri("", nameValues);
    }

    private static String uri(String path, Object... nameValues) {
        var builder = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            if (v != null && !v.toString().isBlank()) {
                builder.queryParam((String) nameValues[i], v.toString());
            }
        }
        return builder.encode().build().toUriString();
    }
}
