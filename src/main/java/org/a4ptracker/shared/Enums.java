package org.a4ptracker.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses request parameters into enums with a message that lists the accepted values. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new BadRequestException(parameter, "problem.param.unknown-value", raw, accepted);
        }
    }
}
