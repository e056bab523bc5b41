package org.a4ptracker.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.ResourceTransformerSupport;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Serves our scripts without their comments and indentation, which are for the people who read the source and
 * were a third of what a phone downloads for them. Only what cannot be inside code is removed: comments that
 * start a line ({@code /* ... *}{@code /} blocks and {@code //} lines) and the spaces at the start of a line, which
 * is safe in our scripts as they hold no multi-line string (no template literal: {@code ScriptCommentStripperTest}
 * checks it). The file's fingerprint is that of the source, so a change to either renames it.
 */
class ScriptCommentStripper extends ResourceTransformerSupport {

    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]*/\\*.*?\\*/[ \\t]*\\n", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*//[^\\n]*\\n");
    private static final Pattern INDENT = Pattern.compile("(?m)^[ \\t]+");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain) throws IOException {
        Resource found = chain.transform(request, resource);
        String name = found.getFilename();
        if (name == null || !name.endsWith(".js")) {
            return found;
        }
        String source = new String(found.getContentAsByteArray(), StandardCharsets.UTF_8);
        return new TransformedResource(found, strip(source).getBytes(StandardCharsets.UTF_8));
    }

    static String strip(String source) {
        if (source.indexOf('`') >= 0) {
            return source; // a template literal may span lines: leave the file as it is
        }
        String stripped = BLOCK.matcher(source).replaceAll("");
        stripped = LINE.matcher(stripped).replaceAll("");
        return INDENT.matcher(stripped).replaceAll("");
    }
}
