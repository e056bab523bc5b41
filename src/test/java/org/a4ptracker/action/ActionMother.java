package org.a4ptracker.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.a4ptracker.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for the action registry: accounts with roles, and action contents. */
final class ActionMother {

    private final JdbcClient jdbc;

    ActionMother(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CurrentUser focalPointOf(String stakeholderCode) {
        long stakeholder = jdbc.sql("select id from stakeholder where code = :c").param("c", stakeholderCode).query(Long.class).single();
        long id = user("focal-" + stakeholderCode, false);
        jdbc.sql("insert into focal_point (user_id, stakeholder_id, granted_at) values (:u, :s, current_timestamp)")
                .param("u", id).param("s", stakeholder).update();
        return new CurrentUser(id, email(id), "Focal point " + stakeholderCode, false, false, Set.of(stakeholder));
    }

    CurrentUser reviewer() {
        long id = user("reviewer", true);
        return new CurrentUser(id, email(id), "Reviewer", false, true, Set.of());
    }

    private long user(String prefix, boolean reviewer) {
        String email = prefix.toLowerCase() + "-" + UUID.randomUUID() + "@test.example.org";
        jdbc.sql("insert into app_user (email, display_name, reviewer, created_at) values (:e, :n, :r, current_timestamp)")
                .param("e", email).param("n", prefix).param("r", reviewer).update();
        return jdbc.sql("select id from app_user where email = :e").param("e", email).query(Long.class).single();
    }

    private String email(long id) {
        return jdbc.sql("select email from app_user where id = :id").param("id", id).query(String.class).single();
    }

    static ActionContent content(String title, Integer... commitments) {
        return new ActionContent(title, "What was done for " + title, ActionStatus.ONGOING, 2026, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30), List.of(commitments), List.of("MINUSCA"), List.of("https://example.org/report"));
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
