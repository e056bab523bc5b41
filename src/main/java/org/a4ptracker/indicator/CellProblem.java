package org.a4ptracker.indicator;

/** What is wrong with one cell; {@code warning} problems are cleared by adding a comment. */
public record CellProblem(String indicator, String disaggregation, org.a4ptracker.shared.Text message, boolean warning) {
}
