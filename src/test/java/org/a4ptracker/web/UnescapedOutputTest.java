package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nothing from users is rendered unescaped: the only {@code th:utext} allowed in templates inserts a
 * {@link org.a4ptracker.shared.RenderedHtml} (a fragment Thymeleaf rendered and escaped itself), and
 * no unescaped inlining ({@code [(...)]}) is used.
 */
class UnescapedOutputTest {

    private static final Pattern UTEXT = Pattern.compile("th:utext=\"([^\"]*)\"");
    private static final Pattern ALLOWED = Pattern.compile("\\$\\{\\w+\\.html\\(\\)\\}");

    @Test
    void theOnlyUnescapedOutputIsARenderedFragment() throws IOException {
        var offending = new ArrayList<String>();
        int allowed = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                var m = UTEXT.matcher(text);
                while (m.find()) {
                    if (ALLOWED.matcher(m.group(1)).matches()) {
                        allowed++;
                    } else {
                        offending.add(file + ": " + m.group());
                    }
                }
                if (text.contains("[(")) {
                    offending.add(file + ": unescaped inline [(...)]");
                }
            }
        }
        assertThat(offending).isEmpty();
        assertThat(allowed).as("the overview's reporting status is inserted as a rendered fragment").isPositive();
    }

    @Test
    void aFragmentRenderedOnceForEveryoneHasNoFormAndNothingAboutTheReader() throws IOException {
        var rendered = java.util.Map.of(
                "progress/fragments.html", new String[] {"reportingStatus", "</section>"},
                "survey/results.html", new String[] {"resultsFigures", "</th:block></th:block>"});
        for (var e : rendered.entrySet()) {
            String text = Files.readString(Path.of("src/main/resources/templates", e.getKey()));
            int start = text.indexOf("th:fragment=\"" + e.getValue()[0] + "\"");
            assertThat(start).as(e.getKey()).isPositive();
            String fragment = text.substring(start, text.indexOf(e.getValue()[1], start));
            assertThat(fragment).as(e.getKey()).doesNotContain("<form", "_csrf", "${me", "#authentication", "${#request", "reviewerView");
        }
    }
}
