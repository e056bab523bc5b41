package org.a4ptracker.framework;

/** A commitment of the Declaration, its text word for word, with the paragraph it comes from. */
public record Commitment(int number, int area, String areaTitle, Actor actor, int paragraph, String text, String source) {
}
