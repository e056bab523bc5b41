package org.a4ptracker.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where a node is in the change log. Ids are handed out when a transaction inserts its row but become visible when
 * it commits, so a lower id can appear after a higher one: the cursor keeps the ids it has applied above its floor,
 * reads from the floor again each time, and gives up waiting for a missing id (a rolled-back transaction) after
 * {@code patience}. Applying a change twice is harmless: it re-reads what is public now.
 */
final class ChangeCursor {

    private final Duration patience;
    private long floor;
    private final TreeSet<Long> applied = new TreeSet<>();
    private final Map<Long, Instant> missingSince = new HashMap<>();

    ChangeCursor(long floor, Duration patience) {
        this.floor = floor;
        this.patience = patience;
    }

    /** Every id at or below it has been applied or given up on. */
    long floor() {
        return floor;
    }

    /** The changes among those read (from the floor on) not applied yet; call {@link #applied} once they are. */
    List<ChangeLog.Change> fresh(List<ChangeLog.Change> read) {
        var fresh = new ArrayList<ChangeLog.Change>();
        for (ChangeLog.Change c : read) {
            if (c.id() > floor && !applied.contains(c.id())) {
                fresh.add(c);
            }
        }
        return fresh;
    }

    /** Marks changes applied and moves the floor over every id applied or missing for longer than the patience. */
    void applied(List<ChangeLog.Change> changes, Instant now) {
        changes.forEach(c -> {
            applied.add(c.id());
            missingSince.remove(c.id());
        });
        long highest = applied.isEmpty() ? floor : applied.last();
        for (long id = floor + 1; id < highest; id++) {
            if (!applied.contains(id)) {
                missingSince.putIfAbsent(id, now);
            }
        }
        while (true) {
            long next = floor + 1;
            if (applied.remove(next)) {
                floor = next;
            } else if (missingSince.containsKey(next) && !missingSince.get(next).plus(patience).isAfter(now)) {
                missingSince.remove(next);
                floor = next;
            } else {
                return;
            }
        }
    }

    /** Ids still awaited below the highest applied one. */
    int waitingFor() {
        return missingSince.size();
    }
}
