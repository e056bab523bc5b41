package org.a4ptracker.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    record Row(long id, String email, String displayName, String passwordHash, boolean administrator, boolean reviewer,
               boolean enabled, Instant createdAt, boolean sample) {
    }

    private static final String SELECT = """
            select id, email, display_name, password_hash, administrator, reviewer, enabled, created_at, sample
            from app_user
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byEmail(String email) {
        return jdbc.sql(SELECT + " where email = :email").param("email", normalise(email)).query(UserRepository::row).optional();
    }

    Optional<Row> byId(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(UserRepository::row).optional();
    }

    List<Row> page(PageRequest page) {
        return jdbc.sql(SELECT + " order by email limit :limit offset :offset")
                .param("limit", page.size()).param("offset", page.offset()).query(UserRepository::row).list();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    long insert(String email, String displayName, boolean administrator, boolean reviewer, String passwordHash,
                boolean sample, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (email, display_name, password_hash, administrator, reviewer, enabled, created_at, sample)
                values (:email, :name, :hash, :admin, :reviewer, true, :now, :sample)
                """)
                .param("email", normalise(email)).param("name", displayName).param("hash", passwordHash)
                .param("admin", administrator).param("reviewer", reviewer).param("now", Timestamp.from(now))
                .param("sample", sample)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateRoles(long id, String displayName, boolean administrator, boolean reviewer, boolean enabled) {
        jdbc.sql("update app_user set display_name = :name, administrator = :admin, reviewer = :reviewer, enabled = :enabled where id = :id")
                .param("id", id).param("name", displayName).param("admin", administrator).param("reviewer", reviewer)
                .param("enabled", enabled).update();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("id", id).param("hash", hash).update();
    }

    Set<Long> stakeholderIds(long userId) {
        return new HashSet<>(jdbc.sql("select stakeholder_id from focal_point where user_id = :id")
                .param("id", userId).query(Long.class).list());
    }

    List<Long[]> bindings(java.util.Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select user_id, stakeholder_id from focal_point where user_id in (:ids) order by user_id, stakeholder_id")
                .param("ids", userIds).query((rs, i) -> new Long[]{rs.getLong(1), rs.getLong(2)}).list();
    }

    boolean bind(long userId, long stakeholderId, Long grantedBy, Instant now) {
        return jdbc.sql("""
                insert into focal_point (user_id, stakeholder_id, granted_at, granted_by)
                select :user, :stakeholder, :now, :by
                where not exists (select 1 from focal_point where user_id = :user and stakeholder_id = :stakeholder)
                """)
                .param("user", userId).param("stakeholder", stakeholderId).param("now", Timestamp.from(now))
                .param("by", grantedBy).update() > 0;
    }

    boolean unbind(long userId, long stakeholderId) {
        return jdbc.sql("delete from focal_point where user_id = :user and stakeholder_id = :stakeholder")
                .param("user", userId).param("stakeholder", stakeholderId).update() > 0;
    }

    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
                rs.getBoolean("administrator"), rs.getBoolean("reviewer"), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("sample"));
    }
}
