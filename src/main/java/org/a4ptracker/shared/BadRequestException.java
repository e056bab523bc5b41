package org.a4ptracker.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that cannot be served; names the parameter so that the answer says what to fix. The
 * problem is a message key with its arguments, rendered in the reader's language by the web layer.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException implements Localized {

    private final String parameter;
    private final transient Text problem;

    public BadRequestException(String parameter, String key, Object... args) {
        this(parameter, Text.of(key, args));
    }

    public BadRequestException(String parameter, Text problem) {
        super(parameter + ": " + problem, null, false, false);
        this.parameter = parameter;
        this.problem = problem;
    }

    /** In English, for logs: the page or API answer renders {@link #text()} in the reader's language. */
    @Override
    public String getMessage() {
        return parameter + ": " + Messages.english(problem);
    }

    public String parameter() {
        return parameter;
    }

    @Override
    public Text text() {
        return problem;
    }
}
