package org.a4ptracker.indicator;

/** What is wrong with one cell; {@code warning} problems are cleared by adding a comment. */
public record CellProblem(String indicator, String disaggregation, String message, boolean warning) {
}
