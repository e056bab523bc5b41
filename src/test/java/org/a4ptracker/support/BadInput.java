package org.a4ptracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/** The corpus of hostile text in {@code src/test/resources/bad-input/strings.tsv}, decoded. */
public final class BadInput {

    public enum Expectation { REFUSED, NAMES_REFUSED, KEPT }

    /** One sample; {@code oneLine} says whether it goes to a one-line field (title, name, file name). */
    public record Sample(String name, Expectation expectation, String text) {

        public boolean refusedIn(boolean oneLine) {
            return expectation == Expectation.REFUSED || oneLine && expectation == Expectation.NAMES_REFUSED;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Pattern REPEAT = Pattern.compile("\\{repeat:(\\d+):(.)}");

    private BadInput() {
    }

    public static List<Sample> samples() {
        try {
            var lines = new String(new ClassPathResource("bad-input/strings.tsv").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8).split("\n");
            var samples = new ArrayList<Sample>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", 3);
                samples.add(new Sample(cells[0], Expectation.valueOf(cells[1].toUpperCase().replace('-', '_')), decode(cells[2])));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decode(String text) {
        Matcher repeat = REPEAT.matcher(text);
        if (repeat.matches()) {
            return repeat.group(2).repeat(Integer.parseInt(repeat.group(1)));
        }
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
