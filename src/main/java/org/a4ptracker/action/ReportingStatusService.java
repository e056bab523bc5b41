package org.a4ptracker.action;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.a4ptracker.framework.Actor;
import org.a4ptracker.framework.CommitmentFilter;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.stakeholder.RoleType;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reporting status per stakeholder and cycle, from published actions only: public data. */
@Service
@Transactional(readOnly = true)
public class ReportingStatusService {

    private final JdbcClient jdbc;
    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final Clock clock;
    private final ActionFigures figures;

    ReportingStatusService(JdbcClient jdbc, FrameworkService framework, StakeholderService stakeholders, Optional<Clock> clock,
                           ActionFigures figures) {
        this.figures = figures;
        this.jdbc = jdbc;
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<Integer> cycles() {
        return jdbc.sql("select cycle from reporting_cycle order by cycle").query(Integer.class).list();
    }

    public int currentCycle() {
        int year = LocalDate.now(clock).getYear();
        return cycles().contains(year) ? year : cycles().get(cycles().size() - 1);
    }

    public ReportingStatus status(String stakeholderCode, int cycle) {
        LocalDate due = jdbc.sql("select due_on from reporting_cycle where cycle = :cycle").param("cycle", cycle)
                .query(LocalDate.class).optional()
                .orElseThrow(() -> new BadRequestException("cycle", "no reporting cycle " + cycle + "; cycles are " + cycles()));
        var profile = stakeholders.profile(stakeholderCode);
        long id = profile.stakeholder().id();
        Set<Actor> expected = expectedActors(profile.stakeholder().type(), profile.roles().stream()
                .anyMatch(r -> r.role() == RoleType.HOST_COUNTRY && r.fromYear() <= cycle && cycle <= r.toYear()));
        // the counts change only when an action is published or withdrawn; due and overdue are decided afresh below
        Map<Integer, Integer> perCommitment = figures.get(List.of("reportedPerCommitment", id, cycle), () -> reported(id, cycle));
        int published = figures.get(List.of("reported", id, cycle), () -> jdbc.sql("""
                select count(*) from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
                where a.stakeholder_id = :id and v.reporting_cycle = :cycle
                """).param("id", id).param("cycle", cycle).query(Integer.class).single());
        boolean late = LocalDate.now(clock).isAfter(due);
        var open = late ? ReportingStatus.State.OVERDUE : ReportingStatus.State.DUE;
        var commitments = framework.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE))
                .items().stream().map(c -> {
                    int n = perCommitment.getOrDefault(c.number(), 0);
                    var state = n > 0 ? ReportingStatus.State.REPORTED
                            : expected.contains(c.actor()) ? open : ReportingStatus.State.NOT_EXPECTED;
                    return new ReportingStatus.CommitmentStatus(c.number(), c.actor(), state, n);
                }).toList();
        return new ReportingStatus(profile.stakeholder().code(), cycle, due,
                published > 0 ? ReportingStatus.State.REPORTED : open, published, commitments);
    }

    /** A stakeholder's overall status in one cycle, for its history over all cycles. */
    public record CycleRow(int cycle, ReportingStatus.State state, int publishedActions, int sampleActions) {
    }

    /** A stakeholder's overall status in every cycle, oldest first (counts kept until an action is published or withdrawn). */
    public List<CycleRow> perCycle(String stakeholderCode) {
        long id = stakeholders.summary(stakeholderCode).id();
        var rows = new java.util.ArrayList<CycleRow>();
        for (int cycle : cycles()) {
            var st = overallStatus(cycle, List.of(id)).get(id);
            rows.add(new CycleRow(cycle, st.state(), st.publishedActions(), st.sampleActions()));
        }
        return rows;
    }

    /** A stakeholder's overall status in a cycle, with its published actions and how many of them are sample data. */
    public record CycleStatus(ReportingStatus.State state, int publishedActions, int sampleActions) {
    }

    /**
     * The overall status in a cycle of each of the given stakeholders, in one query: reported when it
     * published an action in the cycle, otherwise due, or overdue once the cycle's deadline has passed
     * (as {@link #status} says for one stakeholder).
     */
    public Map<Long, CycleStatus> overallStatus(int cycle, java.util.Collection<Long> stakeholderIds) {
        LocalDate due = jdbc.sql("select due_on from reporting_cycle where cycle = :cycle").param("cycle", cycle)
                .query(LocalDate.class).optional()
                .orElseThrow(() -> new BadRequestException("cycle", "no reporting cycle " + cycle + "; cycles are " + cycles()));
        var open = LocalDate.now(clock).isAfter(due) ? ReportingStatus.State.OVERDUE : ReportingStatus.State.DUE;
        // the counts change only when an action is published or withdrawn; due and overdue are decided afresh
        Map<Long, int[]> published = figures.get(List.of("publishedPerStakeholder", cycle), () -> publishedPerStakeholder(cycle));
        var statuses = new java.util.LinkedHashMap<Long, CycleStatus>();
        for (long id : stakeholderIds) {
            int[] n = published.get(id);
            statuses.put(id, n == null ? new CycleStatus(open, 0, 0) : new CycleStatus(ReportingStatus.State.REPORTED, n[0], n[1]));
        }
        return statuses;
    }

    private Map<Long, int[]> publishedPerStakeholder(int cycle) {
        var published = new HashMap<Long, int[]>();
        jdbc.sql("""
                select a.stakeholder_id, count(*), sum(case when a.sample then 1 else 0 end)
                from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
                where v.reporting_cycle = :cycle
                group by a.stakeholder_id
                """).param("cycle", cycle)
                .query((ResultSet rs) -> {
                    published.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return java.util.Collections.unmodifiableMap(published);
    }

    private Map<Integer, Integer> reported(long id, int cycle) {
        Map<Integer, Integer> perCommitment = new HashMap<>();
        jdbc.sql("""
                select c.commitment_number, count(*) from action a
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                where a.stakeholder_id = :id and v.reporting_cycle = :cycle
                group by c.commitment_number
                """).param("id", id).param("cycle", cycle)
                .query((ResultSet rs) -> {
                    perCommitment.put(rs.getInt(1), rs.getInt(2));
                });
        return java.util.Collections.unmodifiableMap(perCommitment);
    }

    /** Who a commitment falls on, by kind of stakeholder; missions and Secretariat entities act for the Secretary-General. */
    static Set<Actor> expectedActors(StakeholderType type, boolean hostThatYear) {
        return switch (type) {
            case MEMBER_STATE, OBSERVER_STATE -> hostThatYear
                    ? EnumSet.of(Actor.COLLECTIVE, Actor.MEMBER_STATES, Actor.HOST_GOVERNMENTS)
                    : EnumSet.of(Actor.COLLECTIVE, Actor.MEMBER_STATES);
            case ORGANISATION -> EnumSet.of(Actor.COLLECTIVE);
            case SECRETARIAT_ENTITY, MISSION -> EnumSet.of(Actor.COLLECTIVE, Actor.SECRETARY_GENERAL);
        };
    }
}
