package org.a4ptracker.shared;

/**
 * A value that cannot be understood (a period written "2026-13"), with the problem as a message
 * key, so that whoever catches it can report it in the reader's language.
 */
public class InvalidValue extends IllegalArgumentException implements Localized {

    private final transient Text problem;

    public InvalidValue(String key, Object... args) {
        super(key, null);
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
