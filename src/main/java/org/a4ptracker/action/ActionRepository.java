package org.a4ptracker.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.a4ptracker.shared.BulkInsert;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of the action aggregate and reads of one action's versions and events. */
@Repository
class ActionRepository {

    /** A stored version: content with missions as stakeholder ids, and who wrote it when. */
    record Version(int versionNo, ActionContent content, List<Long> missionIds, Instant createdAt, long createdBy) {
    }

    record Event(Instant occurredAt, long userId, ActionTransition transition, ActionState from, ActionState to,
                 int versionNo, String reason) {
    }

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    ActionRepository(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    long insertAction(long stakeholderId, long userId, Instant now, boolean sample) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into action (stakeholder_id, state, current_version, lock_version, created_at, created_by,
                                    updated_at, updated_by, sample)
                values (:stakeholder, 'DRAFT', 1, 0, :now, :user, :now, :user, :sample)
                """)
                .param("stakeholder", stakeholderId).param("user", userId).param("now", Timestamp.from(now))
                .param("sample", sample).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * New drafts in bulk (COPY on PostgreSQL, JDBC batches on H2: see {@link BulkInsert}) rather than
     * several statements per action: the ids come back in the order of the contents.
     */
    List<Long> insertDrafts(long stakeholderId, List<ActionContent> contents, List<List<Long>> missionIds, long userId, Instant now,
                            boolean sample) {
        var at = Timestamp.from(now);
        var heads = new ArrayList<Object[]>(contents.size());
        for (int i = 0; i < contents.size(); i++) {
            heads.add(new Object[] {stakeholderId, "DRAFT", 1, 0, at, userId, at, userId, sample});
        }
        List<Long> ids = bulk.insertWithNewIds("action", List.of("stakeholder_id", "state", "current_version", "lock_version",
                "created_at", "created_by", "updated_at", "updated_by", "sample"), heads);
        var versions = new ArrayList<Object[]>(contents.size());
        var commitments = new ArrayList<Object[]>();
        var missions = new ArrayList<Object[]>();
        for (int i = 0; i < contents.size(); i++) {
            var c = contents.get(i);
            long id = ids.get(i);
            versions.add(new Object[] {id, 1, c.title().trim(), c.description().trim(), c.status().name(), c.reportingCycle(),
                    c.startDate() == null ? null : java.sql.Date.valueOf(c.startDate()),
                    c.endDate() == null ? null : java.sql.Date.valueOf(c.endDate()),
                    c.evidenceLinks().isEmpty() ? null : String.join("\n", c.evidenceLinks()), at, userId});
            c.commitments().forEach(n -> commitments.add(new Object[] {id, 1, n}));
            missionIds.get(i).forEach(m -> missions.add(new Object[] {id, 1, m}));
        }
        bulk.insert("action_version", List.of("action_id", "version_no", "title", "description", "status", "reporting_cycle",
                "start_date", "end_date", "evidence_links", "created_at", "created_by"), versions);
        bulk.insert("action_version_commitment", List.of("action_id", "version_no", "commitment_number"), commitments);
        bulk.insert("action_version_mission", List.of("action_id", "version_no", "mission_id"), missions);
        return ids;
    }

    void insertVersion(long actionId, int versionNo, ActionContent c, List<Long> missionIds, long userId, Instant now) {
        jdbc.sql("""
                insert into action_version (action_id, version_no, title, description, status, reporting_cycle,
                                            start_date, end_date, evidence_links, created_at, created_by)
                values (:id, :no, :title, :description, :status, :cycle, :start, :end, :links, :now, :user)
                """)
                .param("id", actionId).param("no", versionNo).param("title", c.title().trim())
                .param("description", c.description().trim()).param("status", c.status().name())
                .param("cycle", c.reportingCycle()).param("start", c.startDate()).param("end", c.endDate())
                .param("links", c.evidenceLinks().isEmpty() ? null : String.join("\n", c.evidenceLinks()))
                .param("now", Timestamp.from(now)).param("user", userId).update();
        for (Integer n : c.commitments()) {
            jdbc.sql("insert into action_version_commitment (action_id, version_no, commitment_number) values (:id, :no, :n)")
                    .param("id", actionId).param("no", versionNo).param("n", n).update();
        }
        for (Long m : missionIds) {
            jdbc.sql("insert into action_version_mission (action_id, version_no, mission_id) values (:id, :no, :m)")
                    .param("id", actionId).param("no", versionNo).param("m", m).update();
        }
    }

    /**
     * Moves the action on, but only if nobody changed it since {@code expectedLock} was read:
     * optimistic locking, so that a second editor cannot overwrite the first unawares.
     */
    boolean update(ActionHead next, int expectedLock, long userId, Instant now) {
        return jdbc.sql("""
                update action set state = :state, current_version = :current, published_version = :published,
                       published_cycle = (select v.reporting_cycle from action_version v
                                          where v.action_id = :id and v.version_no = :published),
                       published_status = (select v.status from action_version v
                                           where v.action_id = :id and v.version_no = :published),
                       reason = :reason, lock_version = lock_version + 1, updated_at = :now, updated_by = :user,
                       submitted_at = :submitted, published_at = :publishedAt
                where id = :id and lock_version = :lock
                """)
                .param("state", next.state().name()).param("current", next.currentVersion())
                .param("published", next.publishedVersion()).param("reason", next.reason())
                .param("now", Timestamp.from(now)).param("user", userId)
                .param("submitted", ts(next.submittedAt())).param("publishedAt", ts(next.publishedAt()))
                .param("id", next.id()).param("lock", expectedLock).update() == 1;
    }

    void insertEvent(long actionId, long userId, ActionTransition t, ActionState from, ActionState to, int versionNo,
                     String reason, Instant now) {
        jdbc.sql("""
                insert into action_event (action_id, occurred_at, user_id, transition, from_state, to_state, version_no, reason)
                values (:id, :now, :user, :t, :from, :to, :no, :reason)
                """)
                .param("id", actionId).param("now", Timestamp.from(now)).param("user", userId).param("t", t.name())
                .param("from", from.name()).param("to", to.name()).param("no", versionNo).param("reason", reason).update();
    }

    Optional<ActionHead> head(long id) {
        return jdbc.sql("select * from action where id = :id").param("id", id).query(ActionRepository::head).optional();
    }

    Optional<Version> version(long actionId, int versionNo) {
        return versions(actionId, versionNo).stream().findFirst();
    }

    /** All versions of an action (or one, when {@code only} is given), in three queries. */
    List<Version> versions(long actionId, Integer only) {
        var commitments = new HashMap<Integer, List<Integer>>();
        jdbc.sql("""
                select version_no, commitment_number from action_version_commitment
                where action_id = :id and (cast(:only as integer) is null or version_no = :only)
                order by version_no, commitment_number
                """).param("id", actionId).param("only", only)
                .query((ResultSet rs) -> {
                    commitments.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        var missions = new HashMap<Integer, List<Long>>();
        jdbc.sql("""
                select version_no, mission_id from action_version_mission
                where action_id = :id and (cast(:only as integer) is null or version_no = :only)
                order by version_no, mission_id
                """).param("id", actionId).param("only", only)
                .query((ResultSet rs) -> {
                    missions.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("""
                select * from action_version where action_id = :id and (cast(:only as integer) is null or version_no = :only)
                order by version_no
                """).param("id", actionId).param("only", only)
                .query((rs, i) -> {
                    int no = rs.getInt("version_no");
                    String links = rs.getString("evidence_links");
                    var content = new ActionContent(rs.getString("title"), rs.getString("description"),
                            ActionStatus.valueOf(rs.getString("status")), rs.getInt("reporting_cycle"),
                            rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                            commitments.getOrDefault(no, List.of()), List.of(),
                            links == null ? List.of() : List.of(links.split("\n")));
                    return new Version(no, content, missions.getOrDefault(no, List.of()),
                            rs.getTimestamp("created_at").toInstant(), rs.getLong("created_by"));
                }).list();
    }

    List<Event> events(long actionId) {
        return jdbc.sql("select * from action_event where action_id = :id order by occurred_at, id").param("id", actionId)
                .query((rs, i) -> new Event(rs.getTimestamp("occurred_at").toInstant(), rs.getLong("user_id"),
                        ActionTransition.valueOf(rs.getString("transition")), ActionState.valueOf(rs.getString("from_state")),
                        ActionState.valueOf(rs.getString("to_state")), rs.getInt("version_no"), rs.getString("reason")))
                .list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static ActionHead head(ResultSet rs, int i) throws SQLException {
        return new ActionHead(rs.getLong("id"), rs.getLong("stakeholder_id"), ActionState.valueOf(rs.getString("state")),
                rs.getInt("current_version"), (Integer) rs.getObject("published_version", Integer.class), rs.getString("reason"),
                rs.getInt("lock_version"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("published_at")), rs.getBoolean("sample"));
    }
}
