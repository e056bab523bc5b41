package org.a4ptracker.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.a4ptracker.shared.BulkInsert;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people behind generated actions, so that each action is written by a focal point of its own stakeholder and
 * published by someone else, as the app requires: the sample focal points that can sign in (Ghana, MINUSCA) write
 * their stakeholders' actions; every other stakeholder gets an account without a password (nobody signs in with it,
 * like an account whose invitation was never accepted), marked sample. The sample reviewer publishes.
 */
@Component
public class SampleFocalPoints {

    private static final Timestamp CREATED = Timestamp.from(Instant.parse("2018-12-03T09:00:00Z"));

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    SampleFocalPoints(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    /** The sample reviewer's user id; empty before the sample accounts exist. */
    public java.util.Optional<Long> reviewer() {
        return jdbc.sql("select id from app_user where email = 'reviewer@example.org'").query(Long.class).optional();
    }

    /** A focal point's user id for each stakeholder, created where the stakeholder has no sample focal point yet. */
    public Map<Long, Long> authors(List<StakeholderSummary> stakeholders) {
        var authors = new HashMap<Long, Long>();
        jdbc.sql("""
                select f.stakeholder_id, min(u.id) from focal_point f join app_user u on u.id = f.user_id
                where u.sample group by f.stakeholder_id
                """).query((java.sql.ResultSet rs) -> {
                    authors.put(rs.getLong(1), rs.getLong(2));
                });
        var missing = stakeholders.stream().filter(s -> !authors.containsKey(s.id())).toList();
        var users = new ArrayList<Object[]>();
        for (StakeholderSummary s : missing) {
            users.add(new Object[] {"sample." + s.code().toLowerCase(Locale.ROOT) + "@example.org",
                    "Sample focal point, " + s.names().en() + " (generated)", CREATED, true});
        }
        List<Long> ids = bulk.insertWithNewIds("app_user", List.of("email", "display_name", "created_at", "sample"), users);
        var bindings = new ArrayList<Object[]>();
        for (int i = 0; i < missing.size(); i++) {
            authors.put(missing.get(i).id(), ids.get(i));
            bindings.add(new Object[] {ids.get(i), missing.get(i).id(), CREATED});
        }
        bulk.insert("focal_point", List.of("user_id", "stakeholder_id", "granted_at"), bindings);
        return authors;
    }
}
