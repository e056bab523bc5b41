package org.a4ptracker.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Action lists. {@code versionColumn} chooses which version a list shows: the published one for
 * the public, the current one in a workspace or the review queue. Filters use indexed exists-subqueries.
 */
@Repository
class ActionListRepository {

    enum View {
        PUBLIC("a.published_version", "a.published_version is not null", "a.published_at desc, a.id desc"),
        WORKSPACE("a.current_version", "a.stakeholder_id in (:stakeholders)", "a.updated_at desc, a.id desc"),
        QUEUE("a.current_version", "a.state = 'SUBMITTED'", "a.submitted_at, a.id");

        final String version;
        final String scope;
        final String order;

        View(String version, String scope, String order) {
            this.version = version;
            this.scope = scope;
            this.order = order;
        }
    }

    /** Resolved filter: stakeholder and mission as ids, area as its commitment numbers. */
    record Criteria(List<Integer> commitments, Long stakeholderId, Long missionId, ActionStatus status, Integer cycle,
                    Collection<Long> stakeholders, Instant submittedBefore) {
    }

    private final JdbcClient jdbc;

    ActionListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String where(View view) {
        return where(view, "");
    }

    /** {@code join} is placed before the conditions, to read more of each row. */
    private static String where(View view, String join) {
        return """
                from action a join action_version v on v.action_id = a.id and v.version_no = %s
                %s
                where %s
                  and (cast(:stakeholder as bigint) is null or a.stakeholder_id = :stakeholder)
                  and (cast(:status as varchar(20)) is null or v.status = :status)
                  and (cast(:cycle as integer) is null or v.reporting_cycle = :cycle)
                  and (cast(:submittedBefore as timestamp) is null or a.submitted_at < :submittedBefore)
                  and (:anyCommitment or exists (select 1 from action_version_commitment c
                        where c.action_id = a.id and c.version_no = %s and c.commitment_number in (:commitments)))
                  and (cast(:mission as bigint) is null or exists (select 1 from action_version_mission m
                        where m.action_id = a.id and m.version_no = %s and m.mission_id = :mission))
                """.formatted(view.version, join, view.scope, view.version, view.version);
    }

    List<Row> find(View view, Criteria c, PageRequest page) {
        List<Row> rows = bind(jdbc.sql("""
                select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
                       %s as version_no, v.title, v.status, v.reporting_cycle
                """.formatted(view.version) + where(view) + " order by " + view.order + " limit :limit offset :offset"), c)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> row(rs)).list();
        attachCommitments(rows);
        return rows;
    }

    /**
     * Every row of the public list, in its order, with its commitments, handed on one at a time: one
     * query read with a cursor, so exports of any size run in constant memory (inside a transaction,
     * which PostgreSQL needs to fetch by cursor).
     */
    void streamPublic(Criteria c, Consumer<Row> sink) {
        View view = View.PUBLIC;
        Row[] current = {null};
        bind(jdbc.sql("""
                select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
                       a.published_version as version_no, v.title, v.status, v.reporting_cycle, vc.commitment_number
                """ + where(view, """
                left join action_version_commitment vc on vc.action_id = a.id and vc.version_no = a.published_version
                """) + " order by " + view.order + ", vc.commitment_number"), c)
                .withFetchSize(1000)
                .query((ResultSet rs) -> {
                    long id = rs.getLong("id");
                    if (current[0] == null || current[0].id() != id) {
                        if (current[0] != null) {
                            sink.accept(current[0]);
                        }
                        current[0] = row(rs);
                    }
                    int commitment = rs.getInt("commitment_number");
                    if (!rs.wasNull()) {
                        current[0].commitments().add(commitment);
                    }
                });
        if (current[0] != null) {
            sink.accept(current[0]);
        }
    }

    long count(View view, Criteria c) {
        return bind(jdbc.sql("select count(*) " + where(view)), c).query(Long.class).single();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("stakeholder_id"), ActionState.valueOf(rs.getString("state")),
                rs.getString("title"), ActionStatus.valueOf(rs.getString("status")), rs.getInt("reporting_cycle"),
                rs.getInt("version_no"), instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("updated_at")),
                instant(rs.getTimestamp("submitted_at")), rs.getString("reason"), rs.getBoolean("sample"), new ArrayList<>());
    }

    record Row(long id, long stakeholderId, ActionState state, String title, ActionStatus status, int cycle, int versionNo,
               Instant publishedAt, Instant updatedAt, Instant submittedAt, String reason, boolean sample,
               List<Integer> commitments) {
    }

    /** The commitments of every row of a page, in one query. */
    private void attachCommitments(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Row> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.id() + ":" + r.versionNo(), r));
        jdbc.sql("""
                select action_id, version_no, commitment_number from action_version_commitment
                where action_id in (:ids) order by commitment_number
                """).param("ids", rows.stream().map(Row::id).toList())
                .query((ResultSet rs) -> {
                    Row r = byKey.get(rs.getLong(1) + ":" + rs.getInt(2));
                    if (r != null) {
                        r.commitments().add(rs.getInt(3));
                    }
                });
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Criteria c) {
        boolean anyCommitment = c.commitments() == null;
        return spec.param("stakeholder", c.stakeholderId()).param("status", c.status() == null ? null : c.status().name())
                .param("cycle", c.cycle()).param("mission", c.missionId())
                .param("submittedBefore", c.submittedBefore() == null ? null : Timestamp.from(c.submittedBefore()))
                .param("anyCommitment", anyCommitment)
                .param("commitments", anyCommitment || c.commitments().isEmpty() ? List.of(-1) : c.commitments())
                .param("stakeholders", c.stakeholders() == null || c.stakeholders().isEmpty() ? List.of(-1L) : c.stakeholders());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
