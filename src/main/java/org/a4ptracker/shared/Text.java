package org.a4ptracker.shared;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text for a person, as a message key with its arguments: services return these and the web
 * layer renders them in the reader's language (see {@link Messages}). An argument may itself be a
 * {@code Text} (a status name, say): it is rendered in the same language first.
 */
public final class Text implements MessageSourceResolvable, Serializable {

    private final String key;
    private final Object[] args;

    private Text(String key, Object[] args) {
        this.key = key;
        this.args = args;
    }

    public static Text of(String key, Object... args) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message key is required");
        }
        return new Text(key, args == null ? new Object[0] : args.clone());
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return Collections.unmodifiableList(Arrays.asList(args));
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Text t && key.equals(t.key) && Arrays.deepEquals(args, t.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.deepHashCode(args);
    }

    /** The key and arguments, for logs; never shown to a person. */
    @Override
    public String toString() {
        return args.length == 0 ? key : key + Arrays.toString(args);
    }
}
