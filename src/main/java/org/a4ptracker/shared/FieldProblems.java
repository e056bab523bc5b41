package org.a4ptracker.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every problem of a form found in one pass, at most one per field (the first found), so that a page
 * can list them all and show each beside its field instead of stopping at the first. Thrown as an
 * {@link InvalidFieldsException}, which an API client reads as its first problem, like any 400.
 */
public final class FieldProblems {

    private final Map<String, Text> found = new LinkedHashMap<>();

    /** Records the problem unless the field already has one. */
    public FieldProblems add(String field, String key, Object... args) {
        return add(field, Text.of(key, args));
    }

    public FieldProblems add(String field, Text problem) {
        found.putIfAbsent(field, problem);
        return this;
    }

    public boolean has(String field) {
        return found.containsKey(field);
    }

    /** The {@link PlainText} rule and the column's length for a typed text, unless the field already has a problem. */
    public FieldProblems plainText(String field, String text, PlainText.Lines lines, int maxLength) {
        if (!has(field)) {
            PlainText.problem(text, lines, maxLength).ifPresent(p -> add(field, p));
        }
        return this;
    }

    public Map<String, Text> found() {
        return Collections.unmodifiableMap(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidFieldsException(found);
        }
    }
}
