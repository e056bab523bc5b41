package org.a4ptracker.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The search change log and the shared index state (generation, database instance) in the database. */
@Repository
class ChangeLog {

    enum ChangeKind { ACTION, CATALOGUE }

    record Change(long id, ChangeKind kind, Long refId, Instant changedAt) {
    }

    record State(long generation, String instanceId, long prunedBelow) {
    }

    private final JdbcClient jdbc;

    ChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Written in the caller's transaction if there is one: the change is logged if and only if it commits. */
    @Transactional
    void record(ChangeKind kind, Long refId, Instant at) {
        jdbc.sql("insert into search_change (kind, ref_id, changed_at) values (:kind, :ref, :at)")
                .param("kind", kind.name()).param("ref", refId).param("at", Timestamp.from(at)).update();
    }

    List<Change> after(long id, int limit) {
        return jdbc.sql("select id, kind, ref_id, changed_at from search_change where id > :id order by id limit :limit")
                .param("id", id).param("limit", limit)
                .query((rs, i) -> new Change(rs.getLong(1), ChangeKind.valueOf(rs.getString(2)), (Long) rs.getObject(3, Long.class),
                        rs.getTimestamp(4).toInstant())).list();
    }

    /** The highest id logged before the instant: changes from there on are replayed after a full build begun then. */
    long lastBefore(Instant at) {
        return jdbc.sql("select coalesce(max(id), 0) from search_change where changed_at < :at")
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** The shared state; the first node to ask names the database instance. */
    State state() {
        State state = readState();
        if (state.instanceId() == null) {
            jdbc.sql("update search_state set instance_id = :id where id = 1 and instance_id is null")
                    .param("id", UUID.randomUUID().toString()).update();
            state = readState();
        }
        return state;
    }

    private State readState() {
        return jdbc.sql("select generation, instance_id, pruned_below from search_state where id = 1")
                .query((rs, i) -> new State(rs.getLong(1), rs.getString(2), rs.getLong(3))).single();
    }

    /** Asks every node for a full rebuild; returns the new generation. */
    @Transactional(propagation = Propagation.MANDATORY)
    long nextGeneration() {
        jdbc.sql("update search_state set generation = generation + 1 where id = 1").update();
        return jdbc.sql("select generation from search_state where id = 1").query(Long.class).single();
    }

    /**
     * Forgets changes older than the instant, up to the first one that is not (so a row that another node's clock
     * dated earlier is never taken with newer ones); a node that had not applied them yet rebuilds (see pruned_below).
     */
    @Transactional
    int prune(Instant before) {
        Long firstKept = jdbc.sql("select min(id) from search_change where changed_at >= :at")
                .param("at", Timestamp.from(before)).query((rs, i) -> rs.getObject(1, Long.class)).list().get(0);
        long below = firstKept != null ? firstKept - 1
                : jdbc.sql("select coalesce(max(id), 0) from search_change").query(Long.class).single();
        if (jdbc.sql("select count(*) from search_change where id <= :below").param("below", below).query(Long.class).single() == 0) {
            return 0;
        }
        jdbc.sql("update search_state set pruned_below = :below where id = 1 and pruned_below < :below").param("below", below).update();
        return jdbc.sql("delete from search_change where id <= :below").param("below", below).update();
    }
}
