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
import org.a4ptracker.stakeholder.StakeholderSummary;
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

    /** Whether the cycle's deadline is still to come (its stakeholders without an action are due, not overdue). */
    public boolean open(int cycle) {
        return !LocalDate.now(clock).isAfter(dueOn(cycle));
    }

    public int currentCycle() {
        int year = LocalDate.now(clock).getYear();
        return cycles().contains(year) ? year : cycles().get(cycles().size() - 1);
    }

    public ReportingStatus status(String stakeholderCode, int cycle) {
        LocalDate due = dueOn(cycle);
        var profile = stakeholders.profile(stakeholderCode);
        long id = profile.stakeholder().id();
        boolean active = expectedIn(profile.stakeholder(), cycle);
        Set<Actor> expected = !active ? EnumSet.noneOf(Actor.class) : expectedActors(profile.stakeholder().type(), profile.roles().stream()
                .anyMatch(r -> r.role() == RoleType.HOST_COUNTRY && r.fromYear() <= cycle && cycle <= r.toYear()));
        // the counts change only when an action is published or withdrawn; due and overdue are decided afresh below
        Map<Integer, Integer> perCommitment = figures.get(List.of("reportedPerCommitment", id, cycle), () -> reported(id, cycle));
        int[] published = publishedPerStakeholder(cycle).getOrDefault(id, NONE);
        var open = !active ? ReportingStatus.State.NOT_EXPECTED
                : LocalDate.now(clock).isAfter(due) ? ReportingStatus.State.OVERDUE : ReportingStatus.State.DUE;
        var commitments = framework.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE))
                .items().stream().map(c -> {
                    int n = perCommitment.getOrDefault(c.number(), 0);
                    // an action on a commitment that falls on someone else is counted, but does not make this one reported
                    var state = !expected.contains(c.actor()) ? ReportingStatus.State.NOT_EXPECTED
                            : n > 0 ? ReportingStatus.State.REPORTED : open;
                    return new ReportingStatus.CommitmentStatus(c.number(), c.actor(), state, n);
                }).toList();
        return new ReportingStatus(profile.stakeholder().code(), cycle, due,
                active && published[2] > 0 ? ReportingStatus.State.REPORTED : open, published[0], commitments);
    }

    private LocalDate dueOn(int cycle) {
        return jdbc.sql("select due_on from reporting_cycle where cycle = :cycle").param("cycle", cycle)
                .query(LocalDate.class).optional()
                .orElseThrow(() -> new BadRequestException("cycle", "problem.param.cycle", cycle, cycles().toString()));
    }

    /**
     * Whether a stakeholder is expected to report in a cycle at all: a mission only in the years it was active
     * (a mission closed in 2017 is not due in 2026); every other stakeholder always.
     */
    public boolean expectedIn(StakeholderSummary stakeholder, int cycle) {
        if (stakeholder.type() != StakeholderType.MISSION) {
            return true;
        }
        int[] years = missionYears().get(stakeholder.id());
        return years == null || years[0] <= cycle && cycle <= years[1];
    }

    /** First and last year of each mission (the last of an active one: none, so the largest int). Reference data. */
    private Map<Long, int[]> missionYears() {
        return figures.get("missionYears", () -> {
            var years = new HashMap<Long, int[]>();
            for (var m : stakeholders.missions(null)) {
                years.put(stakeholders.summary(m.code()).id(), new int[] {m.startYear(), m.endYear() == null ? Integer.MAX_VALUE : m.endYear()});
            }
            return java.util.Collections.unmodifiableMap(years);
        });
    }

    /** A stakeholder's overall status in one cycle, for its history over all cycles. */
    public record CycleRow(int cycle, ReportingStatus.State state, int publishedActions, int sampleActions) {
    }

    /** A stakeholder's overall status in every cycle, oldest first (counts kept until an action is published or withdrawn). */
    public List<CycleRow> perCycle(String stakeholderCode) {
        var stakeholder = stakeholders.summary(stakeholderCode);
        var rows = new java.util.ArrayList<CycleRow>();
        for (int cycle : cycles()) {
            var st = overallStatus(cycle, List.of(stakeholder)).get(stakeholder.id());
            rows.add(new CycleRow(cycle, st.state(), st.publishedActions(), st.sampleActions()));
        }
        return rows;
    }

    /** A stakeholder's overall status in a cycle, with its published actions and how many of them are sample data. */
    public record CycleStatus(ReportingStatus.State state, int publishedActions, int sampleActions) {
    }

    private static final int[] NONE = {0, 0, 0};

    /**
     * The overall status in a cycle of each of the given stakeholders: reported when it published an action in the
     * cycle on a commitment that falls on it, otherwise due, or overdue once the cycle's deadline has passed; not
     * expected for a mission outside the years it was active (as {@link #status} says for one stakeholder).
     */
    public Map<Long, CycleStatus> overallStatus(int cycle, java.util.Collection<StakeholderSummary> members) {
        var open = LocalDate.now(clock).isAfter(dueOn(cycle)) ? ReportingStatus.State.OVERDUE : ReportingStatus.State.DUE;
        Map<Long, int[]> published = publishedPerStakeholder(cycle);
        var statuses = new java.util.LinkedHashMap<Long, CycleStatus>();
        for (var s : members) {
            int[] n = published.getOrDefault(s.id(), NONE);
            var state = !expectedIn(s, cycle) ? ReportingStatus.State.NOT_EXPECTED : n[2] > 0 ? ReportingStatus.State.REPORTED : open;
            statuses.put(s.id(), new CycleStatus(state, n[0], n[1]));
        }
        return statuses;
    }

    /** Per stakeholder in a cycle: published actions, of which sample, and of which on commitments that fall on it. */
    private Map<Long, int[]> publishedPerStakeholder(int cycle) {
        return figures.get(List.of("publishedPerStakeholder", cycle), () -> {
            var published = new HashMap<Long, int[]>();
            jdbc.sql("""
                    select stakeholder_id, sum(case when kind = 'T' then actions else 0 end),
                           sum(case when kind = 'T' then sample_actions else 0 end), sum(case when kind = 'E' then actions else 0 end)
                    from action_tally where reporting_cycle = :cycle and kind in ('T', 'E')
                    group by stakeholder_id having sum(actions) > 0
                    """).param("cycle", cycle)
                    .query((ResultSet rs) -> {
                        published.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                    });
            return java.util.Collections.unmodifiableMap(published);
        });
    }

    private Map<Integer, Integer> reported(long id, int cycle) {
        Map<Integer, Integer> perCommitment = new HashMap<>();
        jdbc.sql("""
                select item, sum(actions) from action_tally
                where kind = 'C' and stakeholder_id = :id and reporting_cycle = :cycle
                group by item having sum(actions) > 0
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
