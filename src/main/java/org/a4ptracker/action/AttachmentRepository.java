package org.a4ptracker.action;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AttachmentRepository {

    record Stored(Attachment attachment, long actionId, byte[] content) {
    }

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long actionId, String filename, String contentType, byte[] content, String sha256, long userId, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into action_attachment (action_id, filename, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
                values (:action, :filename, :type, :size, :sha, :content, :now, :user)
                """)
                .param("action", actionId).param("filename", filename).param("type", contentType).param("size", content.length)
                .param("sha", sha256).param("content", content).param("now", Timestamp.from(now)).param("user", userId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Attachment> list(long actionId) {
        return jdbc.sql("""
                select id, filename, content_type, size_bytes, sha256, uploaded_at from action_attachment
                where action_id = :action order by uploaded_at, id
                """).param("action", actionId)
                .query((rs, i) -> new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<Stored> get(long actionId, long id) {
        return jdbc.sql("select * from action_attachment where id = :id and action_id = :action")
                .param("id", id).param("action", actionId)
                .query((rs, i) -> new Stored(new Attachment(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant()),
                        rs.getLong("action_id"), rs.getBytes("content")))
                .optional();
    }
}
