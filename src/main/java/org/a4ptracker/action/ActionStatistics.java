package org.a4ptracker.action;

import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.a4ptracker.shared.LocalizedNames;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts over published actions, for the progress review: public data only. */
@Service
@Transactional(readOnly = true)
public class ActionStatistics {

    /** A stakeholder with published actions on a mission; sample when every one of those actions is sample data. */
    public record MissionReporter(String code, LocalizedNames names, int actions, boolean sample) {

        public String name(java.util.Locale locale) {
            return names.in(locale);
        }
    }

    private final JdbcClient jdbc;
    private final StakeholderService stakeholders;
    private final ActionFigures cache;

    ActionStatistics(JdbcClient jdbc, StakeholderService stakeholders, ActionFigures cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.stakeholders = stakeholders;
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
                select a.stakeholder_id, count(*), sum(case when a.sample then 1 else 0 end)
                from action a
                join action_version_mission m on m.action_id = a.id and m.version_no = a.published_version
                where m.mission_id = :mission
                group by a.stakeholder_id
                order by count(*) desc, a.stakeholder_id
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

    /** Published actions serving any of the given commitments, per reporting cycle; an action counts once. */
    public Map<Integer, Integer> publishedPerCycle(Collection<Integer> commitments) {
        return publishedPerCycle(commitments, null);
    }

    /**
     * Published actions serving any of the given commitments, per reporting cycle, by the given
     * stakeholders only (null: by anyone; empty: by no one); an action counts once.
     */
    public Map<Integer, Integer> publishedPerCycle(Collection<Integer> commitments, Collection<Long> byStakeholders) {
        return cache.get(java.util.Arrays.asList("publishedPerCycle", List.copyOf(commitments),
                        byStakeholders == null ? null : new java.util.TreeSet<>(byStakeholders)),
                () -> computePublishedPerCycle(commitments, byStakeholders));
    }

    private Map<Integer, Integer> computePublishedPerCycle(Collection<Integer> commitments, Collection<Long> byStakeholders) {
        var counts = new TreeMap<Integer, Integer>();
        if (commitments.isEmpty() || byStakeholders != null && byStakeholders.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select v.reporting_cycle, count(distinct a.id)
                from action a
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                where c.commitment_number in (:commitments)
                  and (:anyone = true or a.stakeholder_id in (:stakeholders))
                group by v.reporting_cycle
                """).param("commitments", commitments)
                .param("anyone", byStakeholders == null)
                .param("stakeholders", byStakeholders == null ? List.of(-1L) : byStakeholders)
                .query((ResultSet rs) -> {
                    counts.put(rs.getInt(1), rs.getInt(2));
                });
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** Published actions serving any of the given commitments, by their status; an action counts once. */
    public Map<ActionStatus, Integer> publishedByStatus(Collection<Integer> commitments) {
        return cache.get(List.of("publishedByStatus", List.copyOf(commitments)), () -> computePublishedByStatus(commitments));
    }

    private Map<ActionStatus, Integer> computePublishedByStatus(Collection<Integer> commitments) {
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
        return java.util.Collections.unmodifiableMap(counts);
    }

    /**
     * Published actions serving any of the given commitments, by the kind of stakeholder that
     * reported them; an action counts once. Kinds with none are absent.
     */
    public Map<org.a4ptracker.stakeholder.StakeholderType, Integer> publishedByReporterType(Collection<Integer> commitments) {
        return cache.get(List.of("publishedByReporterType", List.copyOf(commitments)), () -> computePublishedByReporterType(commitments));
    }

    private Map<org.a4ptracker.stakeholder.StakeholderType, Integer> computePublishedByReporterType(Collection<Integer> commitments) {
        var perStakeholder = new HashMap<Long, Integer>();
        if (!commitments.isEmpty()) {
            jdbc.sql("""
                    select a.stakeholder_id, count(distinct a.id)
                    from action a
                    join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                    where c.commitment_number in (:commitments)
                    group by a.stakeholder_id
                    """).param("commitments", commitments)
                    .query((ResultSet rs) -> {
                        perStakeholder.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        var counts = new java.util.EnumMap<org.a4ptracker.stakeholder.StakeholderType, Integer>(
                org.a4ptracker.stakeholder.StakeholderType.class);
        stakeholders.byIds(perStakeholder.keySet()).forEach((id, s) -> counts.merge(s.type(), perStakeholder.get(id), Integer::sum));
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** Published actions serving each of the given commitments; commitments with none are absent. */
    public Map<Integer, Integer> publishedPerCommitment(Collection<Integer> commitments) {
        return cache.get(List.of("publishedPerCommitment", List.copyOf(commitments)), () -> computePublishedPerCommitment(commitments));
    }

    private Map<Integer, Integer> computePublishedPerCommitment(Collection<Integer> commitments) {
        var counts = new TreeMap<Integer, Integer>();
        if (commitments.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select c.commitment_number, count(*)
                from action a
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                where c.commitment_number in (:commitments)
                group by c.commitment_number
                """).param("commitments", commitments)
                .query((ResultSet rs) -> {
                    counts.put(rs.getInt(1), rs.getInt(2));
                });
        return java.util.Collections.unmodifiableMap(counts);
    }

    /** The stakeholders with at least one published action, per reporting cycle. */
    public Map<Integer, Set<Long>> reportersPerCycle() {
        return cache.get("reportersPerCycle", this::computeReportersPerCycle);
    }

    private Map<Integer, Set<Long>> computeReportersPerCycle() {
        var reporters = new HashMap<Integer, Set<Long>>();
        jdbc.sql("""
                select distinct v.reporting_cycle, a.stakeholder_id
                from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
                """).query((ResultSet rs) -> {
            reporters.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getLong(2));
        });
        var frozen = new HashMap<Integer, Set<Long>>();
        reporters.forEach((cycle, ids) -> frozen.put(cycle, Set.copyOf(ids)));
        return java.util.Collections.unmodifiableMap(frozen);
    }
}
