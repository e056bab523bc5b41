package org.a4ptracker.survey;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Disclosure control of a round's public figures, as a pure function of its counts: no published
 * figure, and no difference of published figures, describes fewer than 5 respondents.
 * <ol>
 * <li>Primary: a figure of fewer than 5 respondents (a commitment in a respondent group, a
 * commitment overall, a group's response count) is withheld.</li>
 * <li>Complementary, groups: a commitment's overall figure is the sum of its groups. Where the
 * withheld groups together count fewer than 5, the smallest shown group is withheld too, so that
 * "overall minus the shown groups" always pools 5 respondents or more.</li>
 * <li>Areas: an area's figure pools the answers to its commitments; where any of them is withheld,
 * the area is withheld too (the area minus the shown commitments would give the withheld ones).</li>
 * <li>Response counts: invited and answered per group follow rule 2 over the round's totals.</li>
 * </ol>
 * A change between rounds is shown only where both rounds show the figure (see {@link ResultsService}).
 * Computed once per published round, so the figures of every output (page, API, downloads, open
 * data, reports) come from one decision.
 */
final class Disclosure {

    static final int MIN = SurveyStatistics.MIN_GROUP;

    /**
     * What a round's figures are computed from: the asked commitments with their area, their
     * answers counted per respondent group, the round's groups, and invited/answered per group.
     */
    record RoundTallies(List<RespondentGroup> groups, Map<Integer, Integer> areaOfCommitment, List<Integer> areas,
                        Map<Integer, Map<RespondentGroup, Tally>> answers, Map<RespondentGroup, int[]> rates) {
    }

    private Disclosure() {
    }

    static RoundFigures figures(RoundTallies t) {
        var commitments = new TreeMap<Integer, RoundFigures.Cell>();
        var byGroup = new TreeMap<Integer, Map<RespondentGroup, SurveyStatistics.Summary>>();
        t.areaOfCommitment().keySet().stream().sorted().forEach(c -> {
            var groups = partsOf(t.groups(), t.answers().getOrDefault(c, Map.of()));
            var overall = Tally.sum(groups.values());
            var withheld = withheldParts(counts(groups)); // all of them when the overall is under 5
            var shownGroups = new EnumMap<RespondentGroup, SurveyStatistics.Summary>(RespondentGroup.class);
            groups.forEach((g, tally) -> shownGroups.put(g, withheld.containsKey(g) ? SurveyStatistics.withheld(withheld.get(g))
                    : SurveyStatistics.summarize(tally)));
            commitments.put(c, new RoundFigures.Cell(overall, SurveyStatistics.summarize(overall)));
            byGroup.put(c, shownGroups);
        });
        var areas = new TreeMap<Integer, RoundFigures.Cell>();
        for (int area : t.areas()) {
            var own = commitments.entrySet().stream().filter(e -> t.areaOfCommitment().get(e.getKey()) == area)
                    .map(Map.Entry::getValue).toList();
            var pooled = Tally.sum(own.stream().map(RoundFigures.Cell::tally).toList());
            areas.put(area, new RoundFigures.Cell(pooled, areaFigure(own, pooled)));
        }
        return new RoundFigures(commitments, byGroup, areas, rates(t.rates()));
    }

    /** Rule 3: an area pooling a withheld commitment is withheld; if no commitment of it reaches 5, for that reason. */
    private static SurveyStatistics.Summary areaFigure(List<RoundFigures.Cell> commitments, Tally pooled) {
        if (commitments.stream().noneMatch(RoundFigures.Cell::shown)) {
            return SurveyStatistics.withheld(Suppression.FEWER_THAN_5);
        }
        if (commitments.stream().anyMatch(c -> !c.shown())) {
            return SurveyStatistics.withheld(Suppression.COMPLEMENTARY);
        }
        return SurveyStatistics.summarize(pooled);
    }

    /** Rule 4 over invited/answered: a group is primary-withheld when fewer than 5 answered (so also when fewer than 5 were invited). */
    private static RoundFigures.Rates rates(Map<RespondentGroup, int[]> rates) {
        var answered = new LinkedHashMap<RespondentGroup, Integer>();
        rates.forEach((g, r) -> answered.put(g, r[1]));
        int invitedTotal = rates.values().stream().mapToInt(r -> r[0]).sum();
        int answeredTotal = rates.values().stream().mapToInt(r -> r[1]).sum();
        boolean overallShown = answeredTotal >= MIN;
        var withheld = withheldParts(answered);
        var byGroup = new EnumMap<RespondentGroup, SurveyStatistics.ResponseRate>(RespondentGroup.class);
        rates.forEach((g, r) -> byGroup.put(g, withheld.containsKey(g) ? SurveyStatistics.withheldRate(withheld.get(g))
                : SurveyStatistics.responseRate(r[0], r[1])));
        var overall = overallShown ? SurveyStatistics.responseRate(invitedTotal, answeredTotal)
                : SurveyStatistics.withheldRate(Suppression.FEWER_THAN_5);
        return new RoundFigures.Rates(overall, byGroup);
    }

    /**
     * The parts of a shown total to withhold: those under 5 (primary), then, while the withheld ones
     * together count under 5, the smallest shown part (complementary; ties in the parts' order). A
     * total of 5 or more always has enough parts, since all of them add up to it.
     */
    static <K> Map<K, Suppression> withheldParts(Map<K, Integer> counts) {
        var withheld = new LinkedHashMap<K, Suppression>();
        counts.forEach((k, n) -> {
            if (n < MIN) {
                withheld.put(k, Suppression.FEWER_THAN_5);
            }
        });
        int pooled = withheld.keySet().stream().mapToInt(counts::get).sum();
        var shown = counts.entrySet().stream().filter(e -> !withheld.containsKey(e.getKey()))
                .sorted(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey).iterator();
        while (!withheld.isEmpty() && pooled < MIN && shown.hasNext()) {
            K next = shown.next();
            withheld.put(next, Suppression.COMPLEMENTARY);
            pooled += counts.get(next);
        }
        return withheld;
    }

    /** Every group of the round, and any other group that answers came from (never shown apart, but part of the total). */
    private static Map<RespondentGroup, Tally> partsOf(List<RespondentGroup> roundGroups, Map<RespondentGroup, Tally> answers) {
        var parts = new EnumMap<RespondentGroup, Tally>(RespondentGroup.class);
        roundGroups.forEach(g -> parts.put(g, answers.getOrDefault(g, new Tally())));
        answers.forEach(parts::putIfAbsent);
        return parts;
    }

    private static Map<RespondentGroup, Integer> counts(Map<RespondentGroup, Tally> groups) {
        var counts = new LinkedHashMap<RespondentGroup, Integer>();
        groups.forEach((g, tally) -> counts.put(g, tally.total()));
        return counts;
    }
}
