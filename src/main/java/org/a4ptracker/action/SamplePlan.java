package org.a4ptracker.action;

import static org.a4ptracker.shared.SampleHash.below;
import static org.a4ptracker.shared.SampleHash.key;
import static org.a4ptracker.shared.SampleHash.r;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a4ptracker.framework.Actor;
import org.a4ptracker.stakeholder.StakeholderType;

/**
 * Who reports what in the sample instance, 2019-2026, by the rules the app applies: a stakeholder reports only on
 * commitments that fall on it that year (host-government ones only while it hosts a mission), a mission only in
 * the years it was active, and an action is about a mission only in a year that mission was active. Pure and
 * deterministic (figures are hashes of stakeholder codes, cycles and row numbers): no Spring, no database.
 */
final class SamplePlan {

    static final int FIRST_CYCLE = 2019;
    static final int LAST_CYCLE = 2026;

    /**
     * Share of Member States with a published action in each cycle: highest after the Declaration (2019) and around
     * reviews (A4P+ in 2021, its end in 2023, 2025), lower in between; the current cycle is still open.
     */
    static final Map<Integer, Double> STATE_RATE = Map.of(2019, 0.62, 2020, 0.51, 2021, 0.58, 2022, 0.45, 2023, 0.56,
            2024, 0.42, 2025, 0.52, 2026, 0.37);

    /** A possible reporter: its active years (a mission's; others always), host years, and the missions it hosts. */
    record Reporter(long id, String code, StakeholderType type, int firstYear, int lastYear, Set<Integer> hostYears,
                    List<Long> hostedMissions) {

        boolean activeIn(int cycle) {
            return firstYear <= cycle && cycle <= lastYear;
        }
    }

    /** A mission that actions can be about, with its active years. */
    record MissionYears(long id, int firstYear, int lastYear) {
    }

    /** How far an action got through review, and whether it was revised. */
    enum Flow { PUBLISHED, REVISED, REVISION_IN_REVIEW, IN_REVIEW, RETURNED, DRAFT }

    /** One generated action: numbered in plan order, which seeds its texts and dates. */
    record Planned(int n, Reporter reporter, int cycle, List<Integer> commitments, List<Long> missions, ActionStatus status,
                   Flow flow) {
    }

    private final Map<Integer, Actor> actors;
    private final List<MissionYears> missions;
    private final List<Planned> planned = new ArrayList<>();

    /** {@code actors}: the actor of each commitment number. */
    SamplePlan(Map<Integer, Actor> actors, List<MissionYears> missions) {
        this.actors = actors;
        this.missions = missions;
    }

    /** Every planned action of the reporters, 2019-2026. */
    List<Planned> plan(List<Reporter> reporters) {
        planned.clear();
        var states = reporters.stream().filter(s -> s.type() == StakeholderType.MEMBER_STATE).toList();
        for (int cycle = FIRST_CYCLE; cycle <= LAST_CYCLE; cycle++) {
            final int c = cycle;
            int quota = (int) Math.round(STATE_RATE.get(cycle) * states.size());
            // states that report often keep reporting: the propensity weighs more than the year's chance
            states.stream().sorted(Comparator.comparingDouble((Reporter s) -> -(r(key(s.code()), 1) + 0.45 * r(key(s.code()), c)))
                            .thenComparing(Reporter::code))
                    .limit(quota).forEach(s -> report(s, c, 1 + below(key(s.code()) + c, 2, 4)));
            for (Reporter s : reporters) {
                if (s.type() != StakeholderType.MEMBER_STATE && s.activeIn(cycle) && r(key(s.code()), cycle) < chance(s)) {
                    report(s, cycle, actionsOf(s, cycle));
                }
            }
        }
        return List.copyOf(planned);
    }

    private static double chance(Reporter s) {
        return switch (s.type()) {
            case ORGANISATION -> 0.75;
            case SECRETARIAT_ENTITY -> s.code().equals("DPO") || s.code().equals("DOS") ? 1.0 : 0.6;
            case MISSION -> 0.85;
            default -> 0.0;
        };
    }

    private static int actionsOf(Reporter s, int cycle) {
        long k = key(s.code()) + cycle;
        return switch (s.type()) {
            case SECRETARIAT_ENTITY -> s.code().equals("DPO") ? 8 + below(k, 3, 6) : s.code().equals("DOS") ? 5 + below(k, 3, 5)
                    : 2 + below(k, 3, 3);
            case MISSION -> 3 + below(k, 3, 6);
            default -> 2 + below(k, 3, 4);
        };
    }

    /** A stakeholder's actions of one cycle: the first is published (so it counts as reported), the others may be in review. */
    private void report(Reporter s, int cycle, int count) {
        for (int i = 0; i < count; i++) {
            int n = planned.size() + 1;
            planned.add(new Planned(n, s, cycle, commitments(n, s, cycle), missions(n, s, cycle), status(n, cycle),
                    flow(n, cycle, i == 0)));
        }
    }

    /** One to three commitments that fall on the reporter, its own kind's weighing more than the collective ones. */
    private List<Integer> commitments(int n, Reporter s, int cycle) {
        var expected = ReportingStatusService.expectedActors(s.type(), s.hostYears().contains(cycle));
        var pool = new ArrayList<Integer>();
        actors.forEach((number, actor) -> {
            if (expected.contains(actor)) {
                int weight = actor == Actor.COLLECTIVE ? 1 : actor == Actor.HOST_GOVERNMENTS ? 8 : 2;
                for (int w = 0; w < weight; w++) {
                    pool.add(number);
                }
            }
        });
        pool.sort(null);
        double u = r(n, 10);
        int count = u < 0.55 ? 1 : u < 0.88 ? 2 : 3;
        var chosen = new ArrayList<Integer>();
        for (int k = 0; chosen.size() < count && k < 12; k++) {
            int number = pool.get(below(n * 16L + k, 11, pool.size()));
            if (!chosen.contains(number)) {
                chosen.add(number);
            }
        }
        return chosen;
    }

    /** A mission's actions are about itself; a host's often about the mission it hosts; others' sometimes about one active that year. */
    private List<Long> missions(int n, Reporter s, int cycle) {
        if (s.type() == StakeholderType.MISSION) {
            return List.of(s.id());
        }
        var hosted = s.hostedMissions().stream().filter(id -> active(id, cycle)).toList();
        if (!hosted.isEmpty() && r(n, 20) < 0.6) {
            return List.of(hosted.get(below(n, 21, hosted.size())));
        }
        double share = s.type() == StakeholderType.MEMBER_STATE ? 0.2 : 0.35;
        var open = missions.stream().filter(m -> m.firstYear() <= cycle && cycle <= m.lastYear()).toList();
        return open.isEmpty() || r(n, 22) >= share ? List.of() : List.of(open.get(below(n, 23, open.size())).id());
    }

    private boolean active(long mission, int cycle) {
        return missions.stream().anyMatch(m -> m.id() == mission && m.firstYear() <= cycle && cycle <= m.lastYear());
    }

    /** Older actions are more often completed; the current cycle's more often planned. */
    private static ActionStatus status(int n, int cycle) {
        int age = LAST_CYCLE - cycle;
        double u = r(n, 30);
        if (u < 0.04) {
            return ActionStatus.DISCONTINUED;
        }
        if (u < 0.04 + Math.min(0.8, 0.15 + 0.1 * age)) {
            return ActionStatus.COMPLETED;
        }
        return r(n, 31) < (age == 0 ? 0.35 : 0.1) ? ActionStatus.PLANNED : ActionStatus.ONGOING;
    }

    /** Most actions are published; in the last two cycles some wait for a reviewer, were returned or are still drafts. */
    private static Flow flow(int n, int cycle, boolean mustPublish) {
        double u = r(n, 40);
        boolean recent = cycle >= LAST_CYCLE - 1;
        if (!mustPublish && recent) {
            double scale = cycle == LAST_CYCLE ? 1.0 : 0.3;
            if (u < 0.07 * scale) {
                return Flow.IN_REVIEW;
            }
            if (u < 0.10 * scale) {
                return Flow.RETURNED;
            }
            if (u < 0.13 * scale) {
                return Flow.DRAFT;
            }
        }
        if (recent && r(n, 41) < 0.03) {
            return Flow.REVISION_IN_REVIEW;
        }
        return cycle < LAST_CYCLE && r(n, 42) < 0.12 ? Flow.REVISED : Flow.PUBLISHED;
    }
}
