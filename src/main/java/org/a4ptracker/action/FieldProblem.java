package org.a4ptracker.action;

/** One thing wrong with one field of a form or request body. */
public record FieldProblem(String field, String message) {
}
