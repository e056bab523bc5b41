package org.a4ptracker.shared;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An id or code that names nothing. {@code what} is a kind of thing in English ("Survey round"):
 * its name for people is the message {@code entity.survey-round}.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException implements Localized {

    private final transient Text problem;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist", null, false, false);
        this.problem = Text.of("problem.not-found", Text.of(entityKey(what)), String.valueOf(id));
    }

    @Override
    public Text text() {
        return problem;
    }

    public static String entityKey(String what) {
        return "entity." + what.trim().toLowerCase(Locale.ROOT).replace(' ', '-');
    }
}
