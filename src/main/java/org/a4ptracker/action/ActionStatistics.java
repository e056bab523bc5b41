package org.a4ptracker.action;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.shared.LocalizedNames;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts over published actions, for the progress review: public data only. They are read from the summary
 * rows {@link ActionSummaries} keeps in the publishing transaction: {@code action_count} (per kind of stakeholder,
 * a few hundred rows at most per commitment or area) for figures over everyone, {@code action_tally} (per
 * stakeholder) where stakeholders are named; and kept in memory between publications as an optimisation only.
 */
@Service
@Transactional(readOnly = true)
public class ActionStatistics {

    /** A stakeholder with published actions on a mission; sample when every one of those actions is sample data. */
    public record MissionReporter(String code, LocalizedNames names, int actions, boolean sample) {

        public String name(java.util.Locale locale) {
            return names.in(locale);
        }
    }

    /** What a set of commitments is counted as: one commitment ('C'), or the whole of an area ('A'), counting an action once. */
    private record Scope(String kind, long item) {
    }

    private final JdbcClient jdbc;
    private final StakeholderService stakeholders;
    private final FrameworkService framework;
    private final ActionFigures cache;

    ActionStatistics(JdbcClient jdbc, StakeholderService stakeholders, FrameworkService framework, ActionFigures cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.stakeholders = stakeholders;
        this.framework = framework;
    }

    /** The stakeholders reporting on a mission: those with published actions about it, most actions first. */
    public List<MissionReporter> reportersOnMission(String missionCode) {
        stakeholders.mission(missionCode); // 404 for a code that is not a mission
        return cache.get(List.of("reportersOnMission", missionCode), () -> computeReportersOnMission(missionCode));
    }

    private List<MissionReporter> computeReportersOnMission(String missionCode) {
        long mission = stakeholders.summary(missionCode).id();
        var counts = new LinkedHashMap<Long, int[]>();
        jdbc.sql("""
                select stakeholder_id, sum(actions), sum(sample_actions) from action_tally
                where kind = 'M' and item = :mission
                group by stakeholder_id having sum(actions) > 0
                order by sum(actions) desc, stakeholder_id
                """).param("mission", mission)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        var names = stakeholders.byIds(counts.keySet());
        return counts.entrySet().stream().map(e -> {
            var s = names.get(e.getKey());
            return new MissionReporter(s.code(), s.names(), e.getValue()[0], e.getValue()[0] == e.getValue()[1]);
        }).toList();
    }

    /** Published actions serving a commitment or all of an area's commitments, per reporting cycle; an action counts once. */
    public Map<Integer, Integer> publishedPerCycle(Collection<Integer> commitments) {
        return publishedPerCycle(commitments, (Collection<Long>) null);
    }

    /**
     * Published actions serving one commitment or all of an area's commitments, per reporting cycle, by the given
     * stakeholders only (null: by anyone; empty: by no one); an action counts once.
     */
    public Map<Integer, Integer> publishedPerCycle(Collection<Integer> commitments, Collection<Long> byStakeholders) {
        return cache.get(java.util.Arrays.asList("publishedPerCycle", List.copyOf(commitments),
                        byStakeholders == null ? null : new TreeSet<>(byStakeholders)),
                () -> computePublishedPerCycle(commitments, byStakeholders));
    }

    /** Published actions serving one commitment or all of an area's commitments, per cycle, by one kind of stakeholder. */
    public Map<Integer, Integer> publishedPerCycle(Collection<Integer> commitments, StakeholderType byType) {
        return cache.get(List.of("publishedPerCycleByType", List.copyOf(commitments), byType), () -> {
            var counts = new TreeMap<Integer, Integer>();
            if (!commitments.isEmpty()) {
                Scope scope = scope(commitments);
                jdbc.sql("""
                        select reporting_cycle, sum(actions) from action_count
                        where kind = :kind and item = :item and stakeholder_type = :type
                        group by reporting_cycle having sum(actions) > 0
                        """).param("kind", scope.kind()).param("item", scope.item()).param("type", byType.name())
                        .query((ResultSet rs) -> {
                            counts.put(rs.getInt(1), rs.getInt(2));
                        });
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    private Map<Integer, Integer> computePublishedPerCycle(Collection<Integer> commitments, Collection<Long> byStakeholders) {
        var counts = new TreeMap<Integer, Integer>();
        if (commitments.isEmpty() || byStakeholders != null && byStakeholders.isEmpty()) {
            return counts;
        }
        Scope scope = scope(commitments);
        if (byStakeholders == null) {
            jdbc.sql("""
                    select reporting_cycle, sum(actions) from action_count where kind = :kind and item = :item
                    group by reporting_cycle having sum(actions) > 0
                    """).param("kind", scope.kind()).param("item", scope.item())
                    .query((ResultSet rs) -> {
                        counts.put(rs.getInt(1), rs.getInt(2));
                    });
            return Collections.unmodifiableMap(counts);
        }
        jdbc.sql("""
                select reporting_cycle, sum(actions) from action_tally
                where kind = :kind and item = :item and stakeholder_id in (:stakeholders)
                group by reporting_cycle having sum(actions) > 0
                """).param("kind", scope.kind()).param("item", scope.item())
                .param("stakeholders", byStakeholders)
                .query((ResultSet rs) -> {
                    counts.put(rs.getInt(1), rs.getInt(2));
                });
        return Collections.unmodifiableMap(counts);
    }

    /** Published actions serving one commitment or all of an area's commitments, by their status; an action counts once. */
    public Map<ActionStatus, Integer> publishedByStatus(Collection<Integer> commitments) {
        return cache.get(List.of("publishedByStatus", List.copyOf(commitments)), () -> {
            var counts = new EnumMap<ActionStatus, Integer>(ActionStatus.class);
            perScope(commitments, "status").forEach((status, n) -> counts.put(ActionStatus.valueOf(status), n));
            return Collections.unmodifiableMap(counts);
        });
    }

    /**
     * Published actions serving one commitment or all of an area's commitments, by the kind of stakeholder that
     * reported them; an action counts once. Kinds with none are absent.
     */
    public Map<StakeholderType, Integer> publishedByReporterType(Collection<Integer> commitments) {
        return cache.get(List.of("publishedByReporterType", List.copyOf(commitments)), () -> {
            var counts = new EnumMap<StakeholderType, Integer>(StakeholderType.class);
            perScope(commitments, "stakeholder_type").forEach((type, n) -> counts.put(StakeholderType.valueOf(type), n));
            return Collections.unmodifiableMap(counts);
        });
    }

    /** Counts of a scope grouped by one column of {@code action_count} (a fixed name, never user input). */
    private Map<String, Integer> perScope(Collection<Integer> commitments, String column) {
        var counts = new HashMap<String, Integer>();
        if (commitments.isEmpty()) {
            return counts;
        }
        Scope scope = scope(commitments);
        jdbc.sql("select " + column + ", sum(actions) from action_count where kind = :kind and item = :item group by "
                        + column + " having sum(actions) > 0")
                .param("kind", scope.kind()).param("item", scope.item())
                .query((ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /** Published actions serving each of the given commitments; commitments with none are absent. */
    public Map<Integer, Integer> publishedPerCommitment(Collection<Integer> commitments) {
        return cache.get(List.of("publishedPerCommitment", List.copyOf(commitments)), () -> {
            var counts = new TreeMap<Integer, Integer>();
            if (!commitments.isEmpty()) {
                jdbc.sql("""
                        select item, sum(actions) from action_count where kind = 'C' and item in (:commitments)
                        group by item having sum(actions) > 0
                        """).param("commitments", commitments)
                        .query((ResultSet rs) -> {
                            counts.put(rs.getInt(1), rs.getInt(2));
                        });
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /**
     * The stakeholders that reported in each cycle: with at least one published action in the cycle serving a
     * commitment that falls on them (an action only on others' commitments does not make a stakeholder reported).
     */
    public Map<Integer, Set<Long>> reportersPerCycle() {
        return cache.get("reportersPerCycle", this::computeReportersPerCycle);
    }

    private Map<Integer, Set<Long>> computeReportersPerCycle() {
        var reporters = new HashMap<Integer, Set<Long>>();
        jdbc.sql("select reporting_cycle, stakeholder_id from action_tally where kind = 'E' group by reporting_cycle, stakeholder_id having sum(actions) > 0")
                .query((ResultSet rs) -> {
                    reporters.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getLong(2));
                });
        var frozen = new HashMap<Integer, Set<Long>>();
        reporters.forEach((cycle, ids) -> frozen.put(cycle, Set.copyOf(ids)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * How many published actions a public list's filters select, from the tally; null when the filters combine a
     * commitment or area with a mission, which the tally does not count together.
     */
    Long publishedCount(ActionListRepository.Criteria c) {
        if (c.commitments() != null && c.missionId() != null) {
            return null;
        }
        Scope scope = c.commitments() != null ? scope(c.commitments()) : c.missionId() != null ? new Scope("M", c.missionId())
                : new Scope("T", 0);
        if (c.stakeholderId() == null) {
            return jdbc.sql("""
                    select coalesce(sum(actions), 0) from action_count where kind = :kind and item = :item
                    and (:cycle is null or reporting_cycle = :cycle) and (:status is null or status = :status)
                    """).param("kind", scope.kind()).param("item", scope.item())
                    .param("cycle", c.cycle(), java.sql.Types.INTEGER)
                    .param("status", c.status() == null ? null : c.status().name(), java.sql.Types.VARCHAR)
                    .query(Long.class).single();
        }
        return jdbc.sql("""
                select coalesce(sum(actions), 0) from action_tally where kind = :kind and item = :item
                and (:stakeholder is null or stakeholder_id = :stakeholder)
                and (:cycle is null or reporting_cycle = :cycle) and (:status is null or status = :status)
                """).param("kind", scope.kind()).param("item", scope.item())
                .param("stakeholder", c.stakeholderId(), java.sql.Types.BIGINT)
                .param("cycle", c.cycle(), java.sql.Types.INTEGER)
                .param("status", c.status() == null ? null : c.status().name(), java.sql.Types.VARCHAR)
                .query(Long.class).single();
    }

    private Scope scope(Collection<Integer> commitments) {
        if (commitments.size() == 1) {
            return new Scope("C", commitments.iterator().next());
        }
        int area = framework.commitment(commitments.iterator().next()).area();
        var ofArea = framework.commitmentsOfArea(area).stream().map(c -> c.number()).collect(java.util.stream.Collectors.toSet());
        if (!ofArea.equals(Set.copyOf(commitments))) {
            throw new IllegalArgumentException("counted for one commitment or one whole area, not " + commitments);
        }
        return new Scope("A", area);
    }
}
