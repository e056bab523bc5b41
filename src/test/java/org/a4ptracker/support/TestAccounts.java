package org.a4ptracker.support;

import java.util.Set;
import java.util.UUID;

import org.a4ptracker.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts with roles for service-level tests, inserted directly with a unique e-mail each. */
public final class TestAccounts {

    private final JdbcClient jdbc;

    public TestAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public CurrentUser focalPointOf(String stakeholderCode) {
        long stakeholder = jdbc.sql("select id from stakeholder where code = :c").param("c", stakeholderCode).query(Long.class).single();
        long id = insert("focal-" + stakeholderCode, false, false);
        jdbc.sql("insert into focal_point (user_id, stakeholder_id, granted_at) values (:u, :s, current_timestamp)")
                .param("u", id).param("s", stakeholder).update();
        return new CurrentUser(id, email(id), "Focal point " + stakeholderCode, false, false, Set.of(stakeholder));
    }

    public CurrentUser reviewer() {
        long id = insert("reviewer", true, false);
        return new CurrentUser(id, email(id), "Reviewer", false, true, Set.of());
    }

    public CurrentUser administrator() {
        long id = insert("admin", false, true);
        return new CurrentUser(id, email(id), "Administrator", true, false, Set.of());
    }

    private long insert(String prefix, boolean reviewer, boolean administrator) {
        String email = prefix.toLowerCase() + "-" + UUID.randomUUID() + "@test.example.org";
        jdbc.sql("insert into app_user (email, display_name, reviewer, administrator, created_at) values (:e, :n, :r, :a, current_timestamp)")
                .param("e", email).param("n", prefix).param("r", reviewer).param("a", administrator).update();
        return jdbc.sql("select id from app_user where email = :e").param("e", email).query(Long.class).single();
    }

    private String email(long id) {
        return jdbc.sql("select email from app_user where id = :id").param("id", id).query(String.class).single();
    }
}
