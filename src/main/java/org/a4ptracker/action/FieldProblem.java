package org.a4ptracker.action;

import org.a4ptracker.shared.Text;

/** One thing wrong with one field of a form or request body. */
public record FieldProblem(String field, Text message) {

    FieldProblem(String field, String key, Object... args) {
        this(field, Text.of(key, args));
    }
}
