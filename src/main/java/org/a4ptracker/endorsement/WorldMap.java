package org.a4ptracker.endorsement;

import java.util.List;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Country outlines (Natural Earth 1:110m, public domain, via world-atlas) as SVG paths, made
 * by {@code tools/data/world_map.py}. Read once; the server draws the map, no script needed.
 */
@Component
class WorldMap {

    static final int WIDTH = 960;
    static final int HEIGHT = 384;

    record Outline(String isoNumeric, String name, String path) {
    }

    /** A country drawn on the map with its status. */
    public record Shape(String isoNumeric, String path, String status, String name, String code) {
    }

    private final List<Outline> outlines;

    WorldMap() {
        try (var in = new ClassPathResource("data/map/world-110m.tsv").getInputStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            this.outlines = text.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", 3))
                    .map(f -> new Outline(f[0], f[1], f[2])).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<Outline> outlines() {
        return outlines;
    }

    static String statusClass(boolean known, boolean endorsed) {
        return !known ? "not-a-state" : endorsed ? "endorsed" : "not-endorsed";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
