package org.a4ptracker.action;

import java.time.Instant;
import java.util.List;

/** One step of an action's history: a workflow event, and for a new version the diff of its texts. */
public record HistoryEntry(Instant at, String who, ActionTransition transition, ActionState from, ActionState to, int version,
                           String reason, List<TextDiff.Segment> titleDiff, List<TextDiff.Segment> descriptionDiff,
                           List<org.a4ptracker.shared.Text> otherChanges) {
}
