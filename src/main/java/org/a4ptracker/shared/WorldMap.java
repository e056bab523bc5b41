package org.a4ptracker.shared;

import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Country outlines (Natural Earth 1:110m, public domain, via world-atlas) as SVG paths, made
 * by {@code tools/data/world_map.py}. Read once; the server draws the map, no script needed.
 * Shared by the endorsement map and the overview's map of reporting status.
 */
@Component
public class WorldMap {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 384;

    public record Outline(String isoNumeric, String name, String path) {
    }

    /** A country drawn on the map with its status. */
    public record Shape(String isoNumeric, String path, String status, String name, String code) {
    }

    private final List<Outline> outlines;

    public WorldMap() {
        try (var in = new ClassPathResource("data/map/world-110m.tsv").getInputStream()) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            this.outlines = text.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", 3))
                    .map(f -> new Outline(f[0], f[1], f[2])).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public List<Outline> outlines() {
        return outlines;
    }
}
