package org.a4ptracker.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a person typed into a form that could not be saved (their session ended, their link was replaced), kept on
 * the request so that the error page shows it back to them instead of losing it. Only what they typed: no tokens,
 * no passwords, no empty fields; as many fields and characters as a form of this app can hold.
 */
public final class KeptFields {

    /** The request attribute the error pages read. */
    public static final String ATTRIBUTE = "keptFields";

    private static final Set<String> NEVER = Set.of("_csrf", "password", "confirm", "go", "step", "action", "lockVersion");
    private static final int MAX_FIELDS = 400;
    private static final int MAX_CHARS = 20_000;

    /** One field as it was typed. */
    public record Field(String name, String value) {
    }

    private KeptFields() {
    }

    /** Keeps the posted fields of this request for the error page, if it is a form post. */
    public static void keep(HttpServletRequest request) {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return;
        }
        List<Field> fields = of(request.getParameterMap());
        if (!fields.isEmpty()) {
            request.setAttribute(ATTRIBUTE, fields);
        }
    }

    static List<Field> of(Map<String, String[]> parameters) {
        var fields = new ArrayList<Field>();
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (NEVER.contains(name) || name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                continue;
            }
            for (String value : entry.getValue()) {
                if (value != null && !value.isBlank() && fields.size() < MAX_FIELDS) {
                    fields.add(new Field(name, value.length() > MAX_CHARS ? value.substring(0, MAX_CHARS) : value));
                }
            }
        }
        return fields;
    }
}
