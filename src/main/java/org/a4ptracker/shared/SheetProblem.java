package org.a4ptracker.shared;

/** A problem with a whole spreadsheet file that stops reading it; the message is worded for the uploader. */
public final class SheetProblem extends RuntimeException implements Localized {

    private final transient Text problem;

    public SheetProblem(String key, Object... args) {
        super(key, null, false, false);
        this.problem = Text.of(key, args);
    }

    /** In English, for logs. */
    @Override
    public String getMessage() {
        return Messages.english(problem);
    }

    @Override
    public Text text() {
        return problem;
    }
}
