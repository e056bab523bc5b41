package org.a4ptracker.search;

import java.time.Instant;

/**
 * This node's index as it stands: whether searches can be answered, what it holds (documents in all, of which published
 * actions), how far in the change log it is, and a running full build's progress (published actions done of the total).
 */
public record IndexStatus(boolean ready, long documents, long actions, long sizeBytes, String location, long generation, long appliedUpTo,
                          Instant lastApplied, boolean building, long buildDone, long buildTotal, Instant buildStarted) {

    /** The build's progress in percent, 0 to 100. */
    public int buildPercent() {
        return buildTotal == 0 ? (building ? 0 : 100) : (int) Math.min(100, buildDone * 100 / buildTotal);
    }
}
