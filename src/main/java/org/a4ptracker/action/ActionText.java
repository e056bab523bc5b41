package org.a4ptracker.action;

import java.time.Instant;
import java.util.List;

/**
 * An action's text and what it is filed under, for indexing and matching: the published version for the public,
 * the current version for its own focal points.
 */
public record ActionText(long id, long stakeholderId, ActionState state, String title, String description, ActionStatus status,
                         int cycle, List<Integer> commitments, List<Long> missionIds, Instant publishedAt, Instant updatedAt,
                         boolean sample) {
}
