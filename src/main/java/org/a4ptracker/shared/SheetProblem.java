package org.a4ptracker.shared;

/** A problem with a whole spreadsheet file that stops reading it; the message is worded for the uploader. */
public final class SheetProblem extends RuntimeException {

    public SheetProblem(String message) {
        super(message, null, false, false);
    }
}
