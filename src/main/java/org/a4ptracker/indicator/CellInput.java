package org.a4ptracker.indicator;

/**
 * One cell as entered: the value as typed (so that "N/A" can be refused with a message rather
 * than lost), whether it is marked not applicable, and a note (the reason, or a comment on a jump).
 */
public record CellInput(String indicator, String disaggregation, String value, boolean notApplicable, String note) {
}
