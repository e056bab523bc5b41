package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WorldMapTest {

    @Test
    void readsEveryOutlineOfTheSpriteWithItsNumericCodeAndName() {
        var outlines = new WorldMap().outlines();
        assertThat(outlines).hasSize(173);
        var byCode = outlines.stream().collect(Collectors.toMap(WorldMap.Outline::isoNumeric, o -> o));
        assertThat(byCode).hasSize(173); // one per code: the code is the sprite's id
        assertThat(byCode.get("076").name()).isEqualTo("Brazil");
        assertThat(byCode.get("384").name()).isEqualTo("Côte d'Ivoire"); // an apostrophe, escaped in the file
        assertThat(byCode.get("242").path()).startsWith("M955 271l1-1");
        assertThat(outlines).allMatch(o -> o.path().startsWith("M") && o.path().endsWith("z"));
    }
}
