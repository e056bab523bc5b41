package org.a4ptracker.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of each kind of public data, kept in the database (table {@code public_data_version}) so that
 * every app node sees a change as soon as it is committed. A writer calls {@link #changed} inside the
 * transaction that changes what the public sees; every request calls {@link #refresh} first, which drops
 * what this node keeps of a kind whose version moved. Figures kept in memory are thus an optimisation only:
 * a reader never gets figures older than the versions its request read at its start.
 */
@Component
public class PublicData {

    /** The kinds of public data whose figures nodes may keep. */
    public enum Kind { ACTIONS, SURVEYS, INDICATORS }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Kind, Long> seen = new EnumMap<>(Kind.class);
    private final Map<Kind, List<Runnable>> evictions = new EnumMap<>(Kind.class);

    PublicData(JdbcClient jdbc, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        for (Kind kind : Kind.values()) {
            evictions.put(kind, new CopyOnWriteArrayList<>());
        }
    }

    /** {@code evict} runs whenever a node learns that data of one of these kinds changed. */
    public void onChange(Runnable evict, Kind... kinds) {
        for (Kind kind : kinds) {
            evictions.get(kind).add(evict);
        }
    }

    /**
     * Inside the writing transaction: moves the kind's version on. The row stays locked until the commit, so
     * writers of one kind take turns, which keeps their read-modify-write of summary rows safe. After the commit this
     * node drops what it keeps of the kind at once; other nodes do on their next request.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Kind kind) {
        jdbc.sql("update public_data_version set version = version + 1, changed_at = :now where data_kind = :kind")
                .param("kind", kind.name()).param("now", Timestamp.from(Instant.now(clock))).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                evictHere(kind);
            }
        });
    }

    /** When public data last changed, of any kind: what dates the open-data package, whatever the time of the download. */
    public Instant lastChange() {
        return jdbc.sql("select max(changed_at) from public_data_version").query(Timestamp.class).single().toInstant();
    }

    /**
     * Reads the versions (one query) and drops what this node keeps of every kind whose version moved. Returns them
     * as one stamp ("12.4.7", in the order of {@link Kind}): anything rendered from public data at these versions or
     * later may be kept under it, since a commit on any node moves it.
     */
    public String refresh() {
        Map<Kind, Long> now = new EnumMap<>(Kind.class);
        jdbc.sql("select data_kind, version from public_data_version")
                .query((java.sql.ResultSet rs) -> {
                    now.put(Kind.valueOf(rs.getString(1)), rs.getLong(2));
                });
        now.forEach(this::saw);
        var stamp = new StringBuilder();
        for (Kind kind : Kind.values()) {
            stamp.append(stamp.isEmpty() ? "" : ".").append(now.getOrDefault(kind, -1L));
        }
        return stamp.toString();
    }

    /**
     * Evicts while holding the lock: a request that reads the new version after another request recorded it must
     * not find figures kept from before. Versions only move forward (an older read arriving late changes nothing).
     */
    private void saw(Kind kind, long version) {
        synchronized (seen) {
            Long before = seen.get(kind);
            if (before == null || version > before) {
                seen.put(kind, version);
                evictions.get(kind).forEach(Runnable::run);
            }
        }
    }

    /** This node's own change, after the commit: dropped at once rather than on the next request. */
    public void evictHere(Kind kind) {
        evictions.get(kind).forEach(Runnable::run);
    }
}
