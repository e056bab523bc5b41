package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ScriptCommentStripperTest {

    @Test
    void removesCommentsThatStartALineAndIndentationAndNothingElse() {
        String source = """
                /*
                 * What this does.
                 */
                (function () {
                  'use strict';
                  // a note
                  var url = 'https://example.org/a'; // kept: after code
                  /** The attribute. */
                  var glob = '/* not a comment */';
                }());
                """;
        assertThat(ScriptCommentStripper.strip(source)).isEqualTo("""
                (function () {
                'use strict';
                var url = 'https://example.org/a'; // kept: after code
                var glob = '/* not a comment */';
                }());
                """);
    }

    @Test
    void ourScriptsHaveNoMultiLineStringsAndLoseOnlyTheirComments() throws Exception {
        try (var scripts = Files.list(Path.of("src/main/resources/static/js"))) {
            for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).toList()) {
                String source = Files.readString(script);
                assertThat(source).as("%s: no template literal", script).doesNotContain("`");
                String stripped = ScriptCommentStripper.strip(source);
                assertThat(stripped.length()).as("%s", script).isLessThan(source.length());
                // every line of code is still there, in order: only comment lines went
                var code = new java.util.ArrayList<String>();
                boolean inComment = false;
                for (String line : source.split("\n")) {
                    String t = line.strip();
                    if (!inComment && t.startsWith("/*")) {
                        inComment = !t.contains("*/");
                    } else if (inComment) {
                        inComment = !t.contains("*/");
                    } else if (!t.startsWith("//")) {
                        code.add(t);
                    }
                }
                assertThat(stripped.split("\n", -1)).as("%s", script).containsSubsequence(code);
                assertThat(String.join("\n", code)).isEqualTo(stripped.strip());
            }
        }
    }
}
