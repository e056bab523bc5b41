package org.a4ptracker.shared;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Country outlines (Natural Earth 1:110m, public domain, via world-atlas) in the SVG sprite
 * {@code static/img/world.svg}, made by {@code tools/data/world_map.py}. The sprite is a static
 * file, fingerprinted and kept a year like the CSS: pages draw each country with
 * {@code <use href="/img/world-<hash>.svg#n<ISO numeric>">} and colour it, so the outlines
 * (11 KB compressed) cross a slow link once, not with every map page. Read here once for the
 * countries' numeric codes and names. Shared by the endorsement map and the overview's map of
 * reporting status; no script needed.
 */
@Component
public class WorldMap {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 384;

    /** The sprite on the class path; pages link to it as {@code /img/world.svg}, which the resource chain fingerprints. */
    static final String SPRITE = "static/img/world.svg";
    private static final java.util.regex.Pattern OUTLINE =
            java.util.regex.Pattern.compile("<path id=\"n(\\d{3})\" data-name=\"([^\"]*)\" d=\"([^\"]+)\"/>");

    public record Outline(String isoNumeric, String name, String path) {
    }

    /** A country drawn on the map with its status. */
    public record Shape(String isoNumeric, String status, String name, String code) {
    }

    private final List<Outline> outlines;

    public WorldMap() {
        try (var in = new ClassPathResource(SPRITE).getInputStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            this.outlines = OUTLINE.matcher(text).results()
                    .map(m -> new Outline(m.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(2)), m.group(3)))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (outlines.isEmpty()) {
            throw new IllegalStateException(SPRITE + " holds no country outline");
        }
    }

    public List<Outline> outlines() {
        return outlines;
    }
}
