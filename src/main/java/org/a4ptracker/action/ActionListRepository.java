package org.a4ptracker.action;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The rows of a list, as SQL with only the conditions of the filters that are set (fixed fragments,
     * values always bound): an unused filter written as "(:x is null or ...)" or "(:any or exists ...)"
     * keeps PostgreSQL from using an index or a semi-join, which at 500,000 actions is a scan. A cycle
     * is selective and correlated with publication time, so its versions are read first (OFFSET 0
     * keeps the planner from walking every action in the list's order to find them); the other
     * filters are probes while walking the list's index.
     */
    private static String from(View view, Criteria c) {
        var sql = new StringBuilder();
        if (view == View.PUBLIC) {
            // the published version's cycle and status are kept on the action (V9): one index in list order
            sql.append("from action a where ").append(view.scope);
            if (c.cycle() != null) {
                sql.append(" and a.published_cycle = :cycle");
            }
            if (c.status() != null) {
                sql.append(" and a.published_status = :status");
            }
        } else if (c.cycle() != null) {
            sql.append("from (select action_id, version_no from action_version where reporting_cycle = :cycle")
                    .append(c.status() != null ? " and status = :status" : "")
                    .append(" offset 0) cv join action a on a.id = cv.action_id and cv.version_no = ").append(view.version);
        } else {
            sql.append("from action a");
        }
        if (view != View.PUBLIC) {
            sql.append(" where ").append(view.scope);
        }
        if (c.stakeholderId() != null) {
            sql.append(" and a.stakeholder_id = :stakeholder");
        }
        if (c.submittedBefore() != null) {
            sql.append(" and a.submitted_at < :submittedBefore");
        }
        if (view != View.PUBLIC && c.cycle() == null && c.status() != null) {
            sql.append(" and exists (select 1 from action_version v where v.action_id = a.id and v.version_no = ")
                    .append(view.version).append(" and v.status = :status)");
        }
        if (c.commitments() != null) {
            sql.append(" and exists (select 1 from action_version_commitment c where c.action_id = a.id and c.version_no = ")
                    .append(view.version).append(" and c.commitment_number in (:commitments))");
        }
        if (c.missionId() != null) {
            sql.append(" and exists (select 1 from action_version_mission m where m.action_id = a.id and m.version_no = ")
                    .append(view.version).append(" and m.mission_id = :mission)");
        }
        return sql.append('\n').toString();
    }

    List<Row> find(View view, Criteria c, PageRequest page) {
        return rows(view, c, " limit :limit offset :offset", spec -> spec.param("limit", page.size()).param("offset", page.offset()));
    }

    /** Every row of a list in one query (a report of all of a cycle's actions), instead of page after page. */
    List<Row> findAll(View view, Criteria c) {
        return rows(view, c, "", spec -> spec);
    }

    /**
     * The next {@code size} published rows after the one at ({@code publishedAt}, {@code id}) in the public
     * order (none given: the first): the same cost however far into the list, for exports of all of it.
     */
    List<Row> findPublishedAfter(Criteria c, Instant publishedAt, Long id, int size) {
        return findPublishedAfter(c, publishedAt, id, 0, size);
    }

    /**
     * As above, skipping {@code skip} rows after the key first: a deep page read from a boundary before it.
     * The redundant "published_at <= :afterAt" is what PostgreSQL can start the index walk at; the "or"
     * alone is only a filter, applied to every row from the top of the list.
     */
    List<Row> findPublishedAfter(Criteria c, Instant publishedAt, Long id, long skip, int size) {
        String after = id == null ? "" : " and a.published_at <= :afterAt"
                + " and (a.published_at < :afterAt or (a.published_at = :afterAt and a.id < :afterId))";
        return rows(View.PUBLIC, c, after + " order by " + View.PUBLIC.order + " limit :limit offset :skip", spec -> {
            var bound = spec.param("limit", size).param("skip", skip);
            return id == null ? bound : bound.param("afterAt", Timestamp.from(publishedAt)).param("afterId", id);
        });
    }

    /** Where a row stands in the public order. */
    record Key(Instant publishedAt, long id) {
    }

    /**
     * The keys of rows {@code step}, 2 × {@code step}, ... (counted from 1) of a public list, in one walk of its
     * index: from these a deep page needs to walk fewer than {@code step} rows.
     */
    List<Key> boundaries(Criteria c, int step) {
        return bind(jdbc.sql("""
                select published_at, id from (
                    select a.published_at, a.id, row_number() over (order by %s) as rn
                    %s) r
                where mod(rn, :step) = 0
                order by rn
                """.formatted(View.PUBLIC.order, from(View.PUBLIC, c).stripTrailing())), c)
                .param("step", step)
                .query((rs, i) -> new Key(rs.getTimestamp("published_at").toInstant(), rs.getLong("id")))
                .list();
    }

    private List<Row> rows(View view, Criteria c, String limit,
                           java.util.function.UnaryOperator<JdbcClient.StatementSpec> paging) {
        // a deep page walks the ids alone (an index in the order of the list), and joins the versions of its rows only
        String tail = limit.contains(" order by ") ? limit : " order by " + view.order + limit;
        List<Row> rows = paging.apply(bind(jdbc.sql("with page as (select a.id " + from(view, c).stripTrailing() + tail + ")\n" + """
                select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
                       %s as version_no, v.title, v.status, v.reporting_cycle
                from page p join action a on a.id = p.id join action_version v on v.action_id = a.id and v.version_no = %s
                order by %s
                """.formatted(view.version, view.version, view.order)), c))
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getLong("stakeholder_id"), ActionState.valueOf(rs.getString("state")),
                        rs.getString("title"), ActionStatus.valueOf(rs.getString("status")), rs.getInt("reporting_cycle"),
                        rs.getInt("version_no"), instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("updated_at")),
                        instant(rs.getTimestamp("submitted_at")), rs.getString("reason"), rs.getBoolean("sample"), new ArrayList<>()))
                .list();
        for (int from = 0; from < rows.size(); from += 1000) {
            attachCommitments(rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
        return rows;
    }

    long count(View view, Criteria c) {
        return bind(jdbc.sql("select count(*) " + from(view, c)), c).query(Long.class).single();
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

    /** Binds the parameters {@link #from} used, and only those. */
    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Criteria c) {
        if (c.stakeholderId() != null) {
            spec = spec.param("stakeholder", c.stakeholderId());
        }
        if (c.status() != null) {
            spec = spec.param("status", c.status().name());
        }
        if (c.cycle() != null) {
            spec = spec.param("cycle", c.cycle());
        }
        if (c.missionId() != null) {
            spec = spec.param("mission", c.missionId());
        }
        if (c.submittedBefore() != null) {
            spec = spec.param("submittedBefore", Timestamp.from(c.submittedBefore()));
        }
        if (c.commitments() != null) {
            spec = spec.param("commitments", c.commitments().isEmpty() ? List.of(-1) : c.commitments());
        }
        return spec.param("stakeholders", c.stakeholders() == null || c.stakeholders().isEmpty() ? List.of(-1L) : c.stakeholders());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
