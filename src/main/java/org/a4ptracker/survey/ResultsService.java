package org.a4ptracker.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.a4ptracker.framework.Area;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a round: visible to reviewers while it runs, to everyone once published. Statistics
 * come from submitted responses only; every breakdown under 5 respondents is suppressed; free text
 * is public only where a reviewer marked it publishable.
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

    private final SurveyService surveys;
    private final ResultsRepository results;
    private final FrameworkService framework;
    private final PublishedRounds published;

    private final SurveySummaries summaries;

    ResultsService(SurveyService surveys, ResultsRepository results, FrameworkService framework, PublishedRounds published,
                   SurveySummaries summaries) {
        this.summaries = summaries;
        this.published = published;
        this.surveys = surveys;
        this.results = results;
        this.framework = framework;
    }

    public static boolean reviewer(CurrentUser reader) {
        return reader != null && (reader.reviewer() || reader.administrator());
    }

    public RoundResults results(CurrentUser reader, long roundId, Long compareWith) {
        return results(reader, roundId, compareWith, true);
    }

    /** The figures of {@link #results} without the free text, for pages that show figures only. */
    public RoundResults figures(CurrentUser reader, long roundId, Long compareWith) {
        return results(reader, roundId, compareWith, false);
    }

    /**
     * The answers of a published round no longer change (answers are taken while it is open, a
     * response can be reopened only then, an import is refused once it is published), so its counts
     * were written once, when it was published ({@link SurveySummaries}). Rounds in any other state
     * are counted afresh on every read.
     */
    private Map<Integer, Map<RespondentGroup, Tally>> perceptions(Round round) {
        return (round.state() == RoundState.PUBLISHED ? summaries.perceptions(round.id()) : results.perceptions(round.id())).byCommitment();
    }

    private Map<RespondentGroup, int[]> rates(Round round) {
        return round.state() == RoundState.PUBLISHED ? summaries.rates(round.id()) : results.rates(round.id());
    }

    private RoundResults results(CurrentUser reader, long roundId, Long compareWith, boolean freeText) {
        if (reviewer(reader)) {
            return compute(reader, roundId, compareWith, freeText);
        }
        // the public figures of published rounds never change: computed once per pair (a 404 is not kept); free texts are
        // read on every call, since a reviewer may still mark one publishable
        var figures = published.figures(Arrays.asList(roundId, compareWith), () -> compute(null, roundId, compareWith, false));
        return freeText ? figures.withFreeTexts(results.freeTexts(roundId, true)) : figures;
    }

    private RoundResults compute(CurrentUser reader, long roundId, Long compareWith, boolean freeText) {
        Round round = visible(reader, roundId);
        Round previous = compareWith != null ? visible(reader, compareWith) : defaultComparison(reader, round);
        var now = perceptions(round);
        var before = previous == null ? Map.<Integer, Map<RespondentGroup, Tally>>of() : perceptions(previous);
        var commitments = new ArrayList<RoundResults.CommitmentResult>();
        for (var c : framework.commitments(new org.a4ptracker.framework.CommitmentFilter(null, null),
                new org.a4ptracker.shared.PageRequest(1, 100)).items()) {
            var groups = now.getOrDefault(c.number(), Map.of());
            if (groups.isEmpty() && !asked(round, c.number())) {
                continue;
            }
            var all = flatten(groups);
            var byGroup = new EnumMap<RespondentGroup, SurveyStatistics.Summary>(RespondentGroup.class);
            round.groups().forEach(g -> byGroup.put(g, SurveyStatistics.summarize(groups.getOrDefault(g, new Tally()))));
            var earlier = flatten(before.getOrDefault(c.number(), Map.of()));
            commitments.add(new RoundResults.CommitmentResult(c.number(), c.area(), SurveyStatistics.summarize(all), byGroup,
                    previous == null ? null : SurveyStatistics.summarize(earlier),
                    previous == null ? null : SurveyStatistics.change(earlier, all)));
        }
        var areas = new ArrayList<RoundResults.AreaResult>();
        for (Area a : framework.areas()) {
            var pooled = new Tally();
            var pooledBefore = new Tally();
            commitments.stream().filter(c -> c.area() == a.number()).forEach(c -> {
                pooled.addAll(flatten(now.getOrDefault(c.commitment(), Map.of())));
                pooledBefore.addAll(flatten(before.getOrDefault(c.commitment(), Map.of())));
            });
            areas.add(new RoundResults.AreaResult(a.number(), a.shortTitle(), SurveyStatistics.summarize(pooled),
                    previous == null ? null : SurveyStatistics.change(pooledBefore, pooled)));
        }
        var rates = rates(round);
        var rateByGroup = new EnumMap<RespondentGroup, SurveyStatistics.ResponseRate>(RespondentGroup.class);
        rates.forEach((g, r) -> rateByGroup.put(g, SurveyStatistics.responseRate(r[0], r[1])));
        int invited = rates.values().stream().mapToInt(r -> r[0]).sum();
        int answered = rates.values().stream().mapToInt(r -> r[1]).sum();
        return new RoundResults(round, previous, SurveyStatistics.responseRate(invited, answered), rateByGroup, commitments, areas,
                freeText ? results.freeTexts(roundId, !reviewer(reader)) : List.of(), reviewer(reader));
    }

    /** The round this one was copied from, if the reader may see it; otherwise no comparison rather than an error. */
    private Round defaultComparison(CurrentUser reader, Round round) {
        if (round.copiedFrom() == null) {
            return null;
        }
        if (!reviewer(reader)) {
            return surveys.publishedRound(round.copiedFrom()).orElse(null);
        }
        return surveys.round(round.copiedFrom());
    }

    private Round visible(CurrentUser reader, long roundId) {
        if (!reviewer(reader)) {
            return surveys.publishedRound(roundId).orElseThrow(() -> new NotFoundException("Published survey round", roundId));
        }
        return surveys.round(roundId);
    }

    private static boolean asked(Round round, int commitment) {
        return round.questions().stream().anyMatch(q -> q.kind() == QuestionKind.PERCEPTION && Integer.valueOf(commitment).equals(q.commitment()));
    }

    private static Tally flatten(Map<RespondentGroup, Tally> groups) {
        return Tally.sum(groups.values());
    }
}
