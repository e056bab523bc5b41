package org.a4ptracker.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is valid in itself but clashes with the current state: an illegal transition, a
 * stale edit. The reason is a message key with its arguments, rendered by the web layer.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException implements Localized {

    private final transient Text reason;

    public ConflictException(String key, Object... args) {
        this(Text.of(key, args));
    }

    public ConflictException(Text reason) {
        super(reason.toString(), null, false, false);
        this.reason = reason;
    }

    /** In English, for logs: the page or API answer renders {@link #text()} in the reader's language. */
    @Override
    public String getMessage() {
        return Messages.english(reason);
    }

    @Override
    public Text text() {
        return reason;
    }
}
