package org.a4ptracker.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Several fields of one form are wrong: each with its one problem, parameter name to message in the
 * order found. As a {@link BadRequestException} it names the first, so an API answer is unchanged.
 */
public class InvalidFieldsException extends BadRequestException {

    private final transient Map<String, Text> problems;

    public InvalidFieldsException(Map<String, Text> problems) {
        super(problems.keySet().iterator().next(), problems.values().iterator().next());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public Map<String, Text> problems() {
        return problems;
    }
}
