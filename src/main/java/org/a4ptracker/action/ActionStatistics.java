package org.a4ptracker.action;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts over published actions, for the progress review: public data only. */
@Service
@Transactional(readOnly = true)
public class ActionStatistics {

    private final JdbcClient jdbc;

    ActionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published actions serving any of the given commitments, per reporting cycle; an action counts once. */
    public Map<Integer, Integer> publishedPerCycle(Collection<Integer> commitments) {
        var counts = new TreeMap<Integer, Integer>();
        if (commitments.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select v.reporting_cycle, count(distinct a.id)
                from action a
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                where c.commitment_number in (:commitments)
                group by v.reporting_cycle
                """).param("commitments", commitments)
                .query((ResultSet rs) -> {
                    counts.put(rs.getInt(1), rs.getInt(2));
                });
        return counts;
    }

    /** Published actions serving any of the given commitments, by their status; an action counts once. */
    public Map<ActionStatus, Integer> publishedByStatus(Collection<Integer> commitments) {
        var counts = new java.util.EnumMap<ActionStatus, Integer>(ActionStatus.class);
        if (commitments.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select v.status, count(distinct a.id)
                from action a
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                where c.commitment_number in (:commitments)
                group by v.status
                """).param("commitments", commitments)
                .query((ResultSet rs) -> {
                    counts.put(ActionStatus.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return counts;
    }

    /** The stakeholders with at least one published action, per reporting cycle. */
    public Map<Integer, Set<Long>> reportersPerCycle() {
        var reporters = new HashMap<Integer, Set<Long>>();
        jdbc.sql("""
                select distinct v.reporting_cycle, a.stakeholder_id
                from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
                """).query((ResultSet rs) -> {
            reporters.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        return reporters;
    }
}
