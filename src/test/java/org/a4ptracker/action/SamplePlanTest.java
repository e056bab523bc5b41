package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.a4ptracker.action.SamplePlan.Flow;
import org.a4ptracker.action.SamplePlan.MissionYears;
import org.a4ptracker.action.SamplePlan.Planned;
import org.a4ptracker.action.SamplePlan.Reporter;
import org.a4ptracker.framework.Actor;
import org.a4ptracker.shared.ReferenceData;
import org.a4ptracker.stakeholder.StakeholderType;
import org.junit.jupiter.api.Test;

/** Who reports what in the sample instance, without a database: the Declaration's real actors, made-up stakeholders. */
class SamplePlanTest {

    static final Map<Integer, Actor> ACTORS = new TreeMap<>();
    static final List<MissionYears> MISSIONS = List.of(new MissionYears(1001, 2010, Integer.MAX_VALUE),
            new MissionYears(1002, 2013, 2023), new MissionYears(1003, 2007, 2020), new MissionYears(1004, 2017, 2019),
            new MissionYears(1005, 2003, 2018));

    static {
        ReferenceData.read("data/framework/a4p-commitments.csv")
                .forEach(r -> ACTORS.put(Integer.valueOf(r.get("number")), Actor.valueOf(r.get("actor"))));
    }

    /** 193 states (the first two host missions 1001 and 1002), 4 organisations, 3 Secretariat entities, the 5 missions. */
    static List<Reporter> reporters() {
        var list = new ArrayList<Reporter>();
        for (int i = 1; i <= 193; i++) {
            Set<Integer> hostYears = i == 1 ? Set.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026)
                    : i == 2 ? Set.of(2018, 2019, 2020, 2021, 2022, 2023) : Set.of();
            list.add(new Reporter(i, "S%03d".formatted(i), StakeholderType.MEMBER_STATE, Integer.MIN_VALUE, Integer.MAX_VALUE, hostYears,
                    i == 1 ? List.of(1001L) : i == 2 ? List.of(1002L) : List.of()));
        }
        for (String code : List.of("EU", "AU", "OIF", "NATO")) {
            list.add(new Reporter(500 + list.size(), code, StakeholderType.ORGANISATION, Integer.MIN_VALUE, Integer.MAX_VALUE, Set.of(), List.of()));
        }
        for (String code : List.of("DPO", "DOS", "DPPA")) {
            list.add(new Reporter(500 + list.size(), code, StakeholderType.SECRETARIAT_ENTITY, Integer.MIN_VALUE, Integer.MAX_VALUE, Set.of(),
                    List.of()));
        }
        MISSIONS.forEach(m -> list.add(new Reporter(m.id(), "M" + m.id(), StakeholderType.MISSION, m.firstYear(), m.lastYear(), Set.of(),
                List.of())));
        return list;
    }

    final List<Planned> plan = new SamplePlan(ACTORS, MISSIONS).plan(reporters());

    private static boolean published(Planned p) {
        return p.flow() == Flow.PUBLISHED || p.flow() == Flow.REVISED || p.flow() == Flow.REVISION_IN_REVIEW;
    }

    @Test
    void theSamePlanEveryTime() {
        assertThat(new SamplePlan(ACTORS, MISSIONS).plan(reporters())).isEqualTo(plan);
    }

    @Test
    void betweenThirtyAndSeventyPercentOfStatesReportInEveryCycleMoreAfterTheDeclarationAndAroundReviews() {
        var reporting = new HashMap<Integer, Set<Long>>();
        plan.stream().filter(p -> p.reporter().type() == StakeholderType.MEMBER_STATE && published(p))
                .forEach(p -> reporting.computeIfAbsent(p.cycle(), k -> new java.util.HashSet<>()).add(p.reporter().id()));
        IntStream.rangeClosed(2019, 2026).forEach(cycle -> assertThat(reporting.get(cycle).size() / 193.0).as("cycle " + cycle)
                .isBetween(0.30, 0.70));
        assertThat(reporting.get(2019).size()).isGreaterThan(reporting.get(2020).size());
        assertThat(reporting.get(2023).size()).isGreaterThan(reporting.get(2022).size()).isGreaterThan(reporting.get(2024).size());
        // a state that reports often keeps reporting: some report in every cycle, some never
        var cycles = plan.stream().filter(p -> p.reporter().type() == StakeholderType.MEMBER_STATE)
                .collect(Collectors.groupingBy(p -> p.reporter().id(), Collectors.mapping(Planned::cycle, Collectors.toSet())));
        assertThat(cycles.values()).anyMatch(c -> c.size() == 8);
        assertThat(cycles).hasSizeLessThan(193);
    }

    @Test
    void everyoneReportsOnlyOnCommitmentsThatFallOnItAndMissionsOnlyInTheirYears() {
        for (Planned p : plan) {
            var expected = ReportingStatusService.expectedActors(p.reporter().type(), p.reporter().hostYears().contains(p.cycle()));
            assertThat(p.commitments()).as("action %d", p.n()).isNotEmpty().doesNotHaveDuplicates()
                    .allMatch(c -> expected.contains(ACTORS.get(c)));
            assertThat(p.reporter().activeIn(p.cycle())).isTrue();
            for (long mission : p.missions()) {
                var years = MISSIONS.stream().filter(m -> m.id() == mission).findFirst().orElseThrow();
                assertThat(p.cycle()).as("action %d about mission %d", p.n(), mission).isBetween(years.firstYear(), years.lastYear());
            }
        }
        assertThat(plan).noneMatch(p -> p.reporter().code().equals("M1005")).as("closed before 2019: nothing")
                .anyMatch(p -> p.reporter().code().equals("M1004") && p.cycle() == 2019);
    }

    @Test
    void everyCommitmentHasPublishedActionsInProportionToWhoIsExpectedToReportIt() {
        var perCommitment = new TreeMap<Integer, Integer>();
        plan.stream().filter(SamplePlanTest::published).forEach(p -> p.commitments().forEach(c -> perCommitment.merge(c, 1, Integer::sum)));
        assertThat(perCommitment.keySet()).containsExactlyElementsOf(ACTORS.keySet());
        double memberStates = average(perCommitment, Actor.MEMBER_STATES);
        assertThat(memberStates).isGreaterThan(average(perCommitment, Actor.COLLECTIVE) / 2)
                .isGreaterThan(average(perCommitment, Actor.SECRETARY_GENERAL));
        assertThat(plan.stream().filter(SamplePlanTest::published).count()).isBetween(2_000L, 6_000L);
    }

    @Test
    void theFirstActionOfAReportingStakeholderIsPublishedAndOnlyRecentOnesWaitForReview() {
        var first = new HashMap<String, Planned>();
        plan.forEach(p -> first.putIfAbsent(p.reporter().code() + "|" + p.cycle(), p));
        assertThat(first.values()).allMatch(SamplePlanTest::published);
        assertThat(plan).filteredOn(p -> !published(p)).isNotEmpty().allMatch(p -> p.cycle() >= 2025);
        assertThat(plan).extracting(Planned::flow).contains(Flow.IN_REVIEW, Flow.RETURNED, Flow.DRAFT, Flow.REVISED);
    }

    private static double average(Map<Integer, Integer> perCommitment, Actor actor) {
        return perCommitment.entrySet().stream().filter(e -> ACTORS.get(e.getKey()) == actor).mapToInt(Map.Entry::getValue).average()
                .orElse(0);
    }
}
