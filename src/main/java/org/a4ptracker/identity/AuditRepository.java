package org.a4ptracker.identity;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;

import org.a4ptracker.shared.BulkInsert;
import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Inserts and reads audit events; there is deliberately no update or delete. */
@Repository
class AuditRepository {

    private static final String FILTER = """
            where (cast(:action as varchar(60)) is null or action = :action)
              and (cast(:outcome as varchar(20)) is null or outcome = :outcome)
              and (cast(:actor as varchar(320)) is null or actor_label = :actor)
              and (cast(:from as timestamp) is null or occurred_at >= :from)
              and (cast(:to as timestamp) is null or occurred_at < :to)
            """;

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    AuditRepository(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    void insert(AuditEvent e) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_user_id, actor_label, action, outcome, entity_type, entity_id,
                                         stakeholder_id, detail, remote_address)
                values (:at, :actorId, :actor, :action, :outcome, :entityType, :entityId, :stakeholder, :detail, :remote)
                """)
                .param("at", Timestamp.from(e.occurredAt())).param("actorId", e.actorUserId()).param("actor", e.actorLabel())
                .param("action", e.action()).param("outcome", e.outcome()).param("entityType", e.entityType())
                .param("entityId", e.entityId()).param("stakeholder", e.stakeholderId())
                .param("detail", truncate(e.detail(), 4000)).param("remote", truncate(e.remoteAddress(), 64))
                .update();
    }

    /** Many events at once (COPY on PostgreSQL, JDBC batches on H2), for imports that change thousands of entities in one go. */
    void insertAll(List<AuditEvent> events) {
        bulk.insert("audit_event", List.of("occurred_at", "actor_user_id", "actor_label", "action", "outcome", "entity_type",
                "entity_id", "stakeholder_id", "detail", "remote_address"), events.stream().map(e -> new Object[] {
                        Timestamp.from(e.occurredAt()), e.actorUserId(), e.actorLabel(), e.action(), e.outcome(), e.entityType(),
                        e.entityId(), e.stakeholderId(), truncate(e.detail(), 4000), truncate(e.remoteAddress(), 64)}).toList());
    }

    List<AuditEvent> find(AuditFilter f, PageRequest page) {
        return bind(jdbc.sql("select * from audit_event " + FILTER + " order by occurred_at desc, id desc limit :limit offset :offset"), f)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        (Long) rs.getObject("actor_user_id", Long.class), rs.getString("actor_label"), rs.getString("action"),
                        rs.getString("outcome"), rs.getString("entity_type"), rs.getString("entity_id"),
                        (Long) rs.getObject("stakeholder_id", Long.class), rs.getString("detail"), rs.getString("remote_address")))
                .list();
    }

    long count(AuditFilter f) {
        return bind(jdbc.sql("select count(*) from audit_event " + FILTER), f).query(Long.class).single();
    }

    List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditFilter f) {
        return spec.param("action", blankToNull(f.action())).param("outcome", blankToNull(f.outcome()))
                .param("actor", blankToNull(f.actor() == null ? null : f.actor().trim().toLowerCase(java.util.Locale.ROOT)))
                .param("from", f.from() == null ? null : Timestamp.from(f.from().atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param("to", f.to() == null ? null : Timestamp.from(f.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
