package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.a4ptracker.action.TextDiff.Kind;
import org.a4ptracker.action.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void marksTheReplacedWord() {
        assertThat(TextDiff.diff("Trained 40 officers in Bangui", "Trained 45 officers in Bangui")).containsExactly(
                new Segment(Kind.SAME, "Trained "), new Segment(Kind.REMOVED, "40"), new Segment(Kind.ADDED, "45"),
                new Segment(Kind.SAME, " officers in Bangui"));
    }

    @Test
    void additionsAndRemovalsAtTheEnds() {
        assertThat(TextDiff.diff("", "New text")).containsExactly(new Segment(Kind.ADDED, "New text"));
        assertThat(TextDiff.diff("Old text", null)).containsExactly(new Segment(Kind.REMOVED, "Old text"));
        assertThat(TextDiff.diff("a b", "a b c")).containsExactly(new Segment(Kind.SAME, "a b"), new Segment(Kind.ADDED, " c"));
    }

    @Test
    void identicalTextsHaveNoChange() {
        List<Segment> same = TextDiff.diff("Same words", "Same words");
        assertThat(same).containsExactly(new Segment(Kind.SAME, "Same words"));
        assertThat(TextDiff.changed(same)).isFalse();
        assertThat(TextDiff.changed(TextDiff.diff("a", "b"))).isTrue();
    }
}
