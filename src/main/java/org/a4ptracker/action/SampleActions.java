package org.a4ptracker.action;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.a4ptracker.action.SamplePlan.Flow;
import org.a4ptracker.action.SamplePlan.MissionYears;
import org.a4ptracker.action.SamplePlan.Planned;
import org.a4ptracker.action.SamplePlan.Reporter;
import org.a4ptracker.framework.Actor;
import org.a4ptracker.framework.CommitmentFilter;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.SampleFocalPoints;
import org.a4ptracker.shared.BulkInsert;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.SampleGenerator;
import org.a4ptracker.stakeholder.Mission;
import org.a4ptracker.stakeholder.RoleType;
import org.a4ptracker.stakeholder.StakeholderFilter;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sample instance's actions, 2019-2026 ({@link SamplePlan}): every Member State, organisation, Secretariat entity
 * and mission in its active years reporting as real stakeholders do, with their history, some waiting for review,
 * some returned, some drafts. Written in bulk ({@link BulkInsert}: COPY on PostgreSQL) into the tables the workflow
 * writes, row for row as {@link ActionService} leaves them ({@link SampleActionRows}); the public tallies are then
 * recomputed from them once, by the caller. Ghana's and MINUSCA's sample focal points, who can sign in, also find a
 * draft, a returned action and a submission waiting for the reviewer.
 */
@Component
@Order(50)
class SampleActions implements SampleGenerator {

    private static final PageRequest ALL = new PageRequest(1, PageRequest.MAX_SIZE);

    private final StakeholderService stakeholders;
    private final FrameworkService framework;
    private final SampleFocalPoints focalPoints;
    private final BulkInsert bulk;
    private final JdbcClient jdbc;

    SampleActions(StakeholderService stakeholders, FrameworkService framework, SampleFocalPoints focalPoints, BulkInsert bulk,
                  JdbcClient jdbc) {
        this.stakeholders = stakeholders;
        this.framework = framework;
        this.focalPoints = focalPoints;
        this.bulk = bulk;
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "actions";
    }

    @Override
    public boolean pending() {
        return focalPoints.reviewer().isPresent() && jdbc.sql("select count(*) from action where sample").query(Long.class).single() == 0;
    }

    @Override
    public String generate() {
        var commitments = framework.commitments(new CommitmentFilter(null, null), ALL).items();
        var actors = new TreeMap<Integer, Actor>();
        var areaOf = new HashMap<Integer, Integer>();
        commitments.forEach(c -> {
            actors.put(c.number(), c.actor());
            areaOf.put(c.number(), c.area());
        });
        var missionIds = new HashMap<String, Long>();
        stakeholders.byType(StakeholderType.MISSION).forEach(m -> missionIds.put(m.code(), m.id()));
        var missions = stakeholders.missions(null);
        var reporters = reporters(missions, missionIds);
        var planned = new ArrayList<>(new SamplePlan(actors, missions.stream().map(m -> new MissionYears(missionIds.get(m.code()),
                m.startYear(), m.endYear() == null ? Integer.MAX_VALUE : m.endYear())).toList()).plan(reporters));
        addSignInExamples(planned, reporters);
        var reporting = planned.stream().map(p -> p.reporter().id()).collect(java.util.stream.Collectors.toSet());
        var authored = stakeholders.byIds(reporting);
        var names = new HashMap<Long, String>();
        authored.forEach((id, s) -> names.put(id, s.names().en()));
        var rows = new SampleActionRows(focalPoints.authors(List.copyOf(new java.util.TreeMap<>(authored).values())),
                focalPoints.reviewer().orElseThrow(), areaOf, names);
        write(planned, rows);
        long published = planned.stream().filter(p -> p.flow() == Flow.PUBLISHED || p.flow() == Flow.REVISED
                || p.flow() == Flow.REVISION_IN_REVIEW).count();
        return String.format(java.util.Locale.ROOT, "%,d actions, %,d published, %,d waiting for review, %,d returned, %,d drafts",
                planned.size(), published, count(planned, Flow.IN_REVIEW) + count(planned, Flow.REVISION_IN_REVIEW),
                count(planned, Flow.RETURNED), count(planned, Flow.DRAFT));
    }

    private void write(List<Planned> planned, SampleActionRows rows) {
        planned.forEach(rows::addHead);
        List<Long> ids = bulk.insertWithNewIds("action", List.of("stakeholder_id", "state", "current_version", "published_version",
                "published_cycle", "published_status", "reason", "lock_version", "created_at", "created_by", "updated_at", "updated_by",
                "submitted_at", "published_at", "sample"), rows.heads);
        for (int i = 0; i < planned.size(); i++) {
            rows.addDetails(planned.get(i), ids.get(i));
        }
        bulk.insert("action_version", List.of("action_id", "version_no", "title", "description", "status", "reporting_cycle",
                "start_date", "end_date", "evidence_links", "created_at", "created_by"), rows.versions);
        bulk.insert("action_version_commitment", List.of("action_id", "version_no", "commitment_number"), rows.commitments);
        bulk.insert("action_version_mission", List.of("action_id", "version_no", "mission_id"), rows.missions);
        bulk.insert("action_event", List.of("action_id", "occurred_at", "user_id", "transition", "from_state", "to_state",
                "version_no", "reason"), rows.events);
    }

    /** Member States, organisations and Secretariat entities always; missions with their active years, hosts with their host years. */
    private List<Reporter> reporters(List<Mission> missions, Map<String, Long> missionIds) {
        var hostYears = new HashMap<Long, Set<Integer>>();
        for (int year = SamplePlan.FIRST_CYCLE; year <= SamplePlan.LAST_CYCLE; year++) {
            for (StakeholderSummary s : stakeholders.find(new StakeholderFilter(StakeholderType.MEMBER_STATE, RoleType.HOST_COUNTRY, year,
                    null, null), ALL).items()) {
                hostYears.computeIfAbsent(s.id(), k -> new HashSet<>()).add(year);
            }
        }
        var hosted = new HashMap<String, List<Long>>();
        missions.forEach(m -> m.hosts().forEach(h -> hosted.computeIfAbsent(h.code(), k -> new ArrayList<>()).add(missionIds.get(m.code()))));
        var reporters = new ArrayList<Reporter>();
        for (StakeholderType type : List.of(StakeholderType.MEMBER_STATE, StakeholderType.ORGANISATION, StakeholderType.SECRETARIAT_ENTITY)) {
            stakeholders.byType(type).forEach(s -> reporters.add(new Reporter(s.id(), s.code(), type, Integer.MIN_VALUE, Integer.MAX_VALUE,
                    hostYears.getOrDefault(s.id(), Set.of()), hosted.getOrDefault(s.code(), List.of()))));
        }
        missions.forEach(m -> reporters.add(new Reporter(missionIds.get(m.code()), m.code(), StakeholderType.MISSION, m.startYear(),
                m.endYear() == null ? Integer.MAX_VALUE : m.endYear(), Set.of(), List.of())));
        return reporters;
    }

    /** What the sample focal points who can sign in find waiting: Ghana a draft and a returned action, MINUSCA a submission. */
    private static void addSignInExamples(List<Planned> planned, List<Reporter> reporters) {
        var ghana = reporters.stream().filter(r -> r.code().equals("GHA")).findFirst().orElseThrow();
        var minusca = reporters.stream().filter(r -> r.code().equals("MINUSCA")).findFirst().orElseThrow();
        int cycle = SamplePlan.LAST_CYCLE;
        planned.add(new Planned(planned.size() + 1, ghana, cycle, List.of(13, 14), List.of(), ActionStatus.PLANNED, Flow.DRAFT));
        planned.add(new Planned(planned.size() + 1, ghana, cycle, List.of(2, 16), List.of(), ActionStatus.ONGOING, Flow.RETURNED));
        planned.add(new Planned(planned.size() + 1, minusca, cycle, List.of(5, 13), List.of(minusca.id()), ActionStatus.ONGOING,
                Flow.IN_REVIEW));
    }

    private static long count(List<Planned> planned, Flow flow) {
        return planned.stream().filter(p -> p.flow() == flow).count();
    }
}
