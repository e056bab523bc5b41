package org.a4ptracker.shared;

import org.springframework.web.util.UriComponentsBuilder;

/** Builds the link prefix a pager appends {@code page=N} to, keeping the filters that are set. */
public final class PageLinks {

    private PageLinks() {
    }

    /** @param nameValues alternating parameter names and values; empty values are left out */
    public static String base(String path, Object... nameValues) {
        var builder = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            Object v = nameValues[i + 1];
            if (v != null && !v.toString().isBlank()) {
                builder.queryParam((String) nameValues[i], v.toString());
            }
        }
        String uri = builder.encode().build().toUriString();
        return uri + (uri.contains("?") ? "&" : "?");
    }
}
