package org.a4ptracker.action;

import java.time.Instant;

/** The workflow state of one action, as stored: what the service checks before any change. */
record ActionHead(long id, long stakeholderId, ActionState state, int currentVersion, Integer publishedVersion, String reason,
                  int lockVersion, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant publishedAt,
                  boolean sample) {

    boolean hasPublishedVersion() {
        return publishedVersion != null;
    }
}
