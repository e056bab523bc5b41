package org.a4ptracker.action;

/** A problem with the whole file that stops reading it; the message is shown to the focal point. */
final class ImportFailure extends RuntimeException {

    ImportFailure(String message) {
        super(message, null, false, false);
    }
}
