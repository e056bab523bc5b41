package org.a4ptracker.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Disclosure control as a pure function of counts, and the subtraction attack on what it publishes. */
class DisclosureTest {

    private static final List<RespondentGroup> GROUPS = List.of(RespondentGroup.MEMBER_STATES, RespondentGroup.ORGANISATIONS,
            RespondentGroup.MISSIONS, RespondentGroup.SECRETARIAT);

    @Test
    void aGroupOfFourIsWithheldAndSoIsTheSmallestOtherGroupSoThatTheTotalGivesNothingAway() {
        // the sample rounds' case: 4 organisations beside large groups; all respondents minus the three others gave the four
        var figures = Disclosure.figures(round(Map.of(1, tallies(120, 4, 30, 9)), Map.of(RespondentGroup.MEMBER_STATES, new int[]{193, 150},
                RespondentGroup.ORGANISATIONS, new int[]{4, 3}, RespondentGroup.MISSIONS, new int[]{11, 9},
                RespondentGroup.SECRETARIAT, new int[]{20, 16})));

        var groups = figures.byGroup().get(1);
        assertThat(groups.get(RespondentGroup.ORGANISATIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(groups.get(RespondentGroup.SECRETARIAT).suppression()).isEqualTo(Suppression.COMPLEMENTARY); // 9: the smallest shown
        assertThat(groups.get(RespondentGroup.SECRETARIAT).respondents()).isNull();
        assertThat(groups.get(RespondentGroup.MEMBER_STATES).respondents()).isEqualTo(120);
        assertThat(groups.get(RespondentGroup.MISSIONS).respondents()).isEqualTo(30);
        assertThat(figures.commitments().get(1).summary().respondents()).isEqualTo(163);
        // response counts: 3 organisations answered; missions (9) are the smallest other group
        assertThat(figures.rates().byGroup().get(RespondentGroup.ORGANISATIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(figures.rates().byGroup().get(RespondentGroup.MISSIONS).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(figures.rates().byGroup().get(RespondentGroup.MISSIONS).invited()).isNull();
        assertThat(figures.rates().overall().answered()).isEqualTo(178);
        assertThat(SubtractionAttack.findings(published(figures))).isEmpty();
    }

    @Test
    void withheldGroupsThatTogetherReachFiveNeedNoFurtherGroup() {
        var figures = Disclosure.figures(round(Map.of(1, tallies(50, 3, 2, 40)), Map.of()));

        var groups = figures.byGroup().get(1);
        assertThat(groups.get(RespondentGroup.ORGANISATIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(groups.get(RespondentGroup.MISSIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(groups.get(RespondentGroup.MEMBER_STATES).suppressed()).isFalse();
        assertThat(groups.get(RespondentGroup.SECRETARIAT).suppressed()).isFalse();
    }

    @Test
    void anEmptyGroupIsWithheldAndProtectedLikeAnyGroupUnderFive() {
        var figures = Disclosure.figures(round(Map.of(1, tallies(50, 0, 20, 6)), Map.of()));

        assertThat(figures.byGroup().get(1).get(RespondentGroup.ORGANISATIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(figures.byGroup().get(1).get(RespondentGroup.SECRETARIAT).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
    }

    @Test
    void anAreaWithAWithheldCommitmentIsWithheldSinceTheAreaMinusTheOthersWouldGiveIt() {
        // area 3 is commitments 13-15: 15 has 3 answers
        var figures = Disclosure.figures(round(Map.of(13, tallies(10, 0, 0, 0), 14, tallies(8, 0, 0, 0), 15, tallies(3, 0, 0, 0),
                1, tallies(1, 1, 1, 1)), Map.of()));

        assertThat(figures.commitments().get(15).summary().suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(figures.areas().get(3).summary().suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(figures.areas().get(3).summary().respondents()).isNull();
        // area 1: only commitment 1 asked here, 4 answers: under 5 in every commitment
        assertThat(figures.areas().get(1).summary().suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(SubtractionAttack.findings(published(figures))).isEmpty();
    }

    @Test
    void anAreaWhoseCommitmentsAreAllShownIsShown() {
        var figures = Disclosure.figures(round(Map.of(13, tallies(10, 0, 0, 0), 14, tallies(8, 0, 0, 0), 15, tallies(6, 0, 0, 0)), Map.of()));

        assertThat(figures.areas().get(3).summary().respondents()).isEqualTo(24);
    }

    @Test
    void underFiveRespondentsInAllTheRoundNothingIsShown() {
        var figures = Disclosure.figures(round(Map.of(1, tallies(2, 1, 0, 1)), Map.of(RespondentGroup.MEMBER_STATES, new int[]{193, 4})));

        assertThat(figures.commitments().get(1).summary().suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(figures.byGroup().get(1).values()).allMatch(SurveyStatistics.Summary::suppressed);
        assertThat(figures.rates().overall().suppression()).isEqualTo(Suppression.FEWER_THAN_5);
    }

    /** Many random rounds, small groups frequent: the attack finds nothing in any of them. */
    @Test
    void theSubtractionAttackFindsNothingInHundredsOfRandomRounds() {
        var random = new Random(12);
        for (int round = 0; round < 80; round++) {
            var answers = new HashMap<Integer, Map<RespondentGroup, Tally>>();
            for (int c = 1; c <= 45; c++) {
                if (random.nextInt(10) > 0) {
                    answers.put(c, tallies(random.nextInt(14), random.nextInt(7), random.nextInt(9), random.nextInt(30)));
                }
            }
            var rates = new EnumMap<RespondentGroup, int[]>(RespondentGroup.class);
            GROUPS.forEach(g -> {
                int invited = random.nextInt(12);
                rates.put(g, new int[]{invited, invited == 0 ? 0 : random.nextInt(invited + 1)});
            });
            var figures = Disclosure.figures(round(answers, rates));
            assertThat(SubtractionAttack.findings(published(figures))).as("round %d", round).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Answers per group in GROUPS order, spread over the scale (the counts matter here, not the values). */
    private static Map<RespondentGroup, Tally> tallies(int... counts) {
        var map = new EnumMap<RespondentGroup, Tally>(RespondentGroup.class);
        for (int i = 0; i < counts.length; i++) {
            var tally = new Tally();
            for (int k = 0; k < counts[i]; k++) {
                tally.add(Perception.values()[k % Perception.values().length], 1);
            }
            map.put(GROUPS.get(i), tally);
        }
        return map;
    }

    private static Disclosure.RoundTallies round(Map<Integer, Map<RespondentGroup, Tally>> answers, Map<RespondentGroup, int[]> rates) {
        var areaOf = new HashMap<Integer, Integer>();
        answers.keySet().forEach(c -> areaOf.put(c, area(c)));
        return new Disclosure.RoundTallies(GROUPS, areaOf, List.of(1, 2, 3, 4, 5, 6, 7, 8), answers, rates);
    }

    /** The Declaration's areas: 1-9, 10-12, 13-15, 16-17, 18-29, 30-36, 37-40, 41-45. */
    static int area(int commitment) {
        int[] firsts = {1, 10, 13, 16, 18, 30, 37, 41};
        int area = 1;
        for (int i = 0; i < firsts.length; i++) {
            if (commitment >= firsts[i]) {
                area = i + 1;
            }
        }
        return area;
    }

    private static SubtractionAttack.Published published(RoundFigures f) {
        var overall = new LinkedHashMap<Integer, Integer>();
        var byGroup = new LinkedHashMap<Integer, Map<String, Integer>>();
        var areaOf = new LinkedHashMap<Integer, Integer>();
        f.commitments().forEach((c, cell) -> {
            overall.put(c, cell.summary().respondents());
            areaOf.put(c, area(c));
            var groups = new LinkedHashMap<String, Integer>();
            f.byGroup().get(c).forEach((g, s) -> groups.put(g.name(), s.respondents()));
            byGroup.put(c, groups);
        });
        var areas = new LinkedHashMap<Integer, Integer>();
        f.areas().forEach((a, cell) -> areas.put(a, cell.summary().respondents()));
        var answered = new LinkedHashMap<String, Integer>();
        var invited = new LinkedHashMap<String, Integer>();
        f.rates().byGroup().forEach((g, r) -> {
            answered.put(g.name(), r.answered());
            invited.put(g.name(), r.invited());
        });
        return new SubtractionAttack.Published(overall, byGroup, areaOf, areas, f.rates().overall().answered(), answered,
                f.rates().overall().invited(), invited);
    }
}
