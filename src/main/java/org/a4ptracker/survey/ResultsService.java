package org.a4ptracker.survey;

import java.util.ArrayList;
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
    private final ResultsCache published;

    ResultsService(SurveyService surveys, ResultsRepository results, FrameworkService framework, ResultsCache published) {
        this.published = published;
        this.surveys = surveys;
        this.results = results;
        this.framework = framework;
    }

    public static boolean reviewer(CurrentUser reader) {
        return reader != null && (reader.reviewer() || reader.administrator());
    }

    public RoundResults results(CurrentUser reader, long roundId, Long compareWith) {
        Round round = visible(reader, roundId);
        Round previous = compareWith != null ? visible(reader, compareWith) : defaultComparison(reader, round);
        boolean settled = round.state() == RoundState.PUBLISHED && (previous == null || previous.state() == RoundState.PUBLISHED);
        RoundResults figures = settled ? published.get(round.id(), previous == null ? null : previous.id(),
                () -> figures(round, previous)) : figures(round, previous);
        // free texts are not kept: a reviewer may make one public at any time
        return new RoundResults(round, previous, figures.rate(), figures.rateByGroup(), figures.commitments(), figures.areas(),
                results.freeTexts(roundId, !reviewer(reader)), reviewer(reader));
    }

    /** Statistics of a round and its change since {@code previous}, without the free texts. */
    private RoundResults figures(Round round, Round previous) {
        long roundId = round.id();
        var now = results.perceptions(roundId).byCommitment();
        var before = previous == null ? Map.<Integer, Map<RespondentGroup, List<Perception>>>of()
                : results.perceptions(previous.id()).byCommitment();
        var commitments = new ArrayList<RoundResults.CommitmentResult>();
        for (var c : framework.commitments(new org.a4ptracker.framework.CommitmentFilter(null, null),
                new org.a4ptracker.shared.PageRequest(1, 100)).items()) {
            var groups = now.getOrDefault(c.number(), Map.of());
            if (groups.isEmpty() && !asked(round, c.number())) {
                continue;
            }
            var all = flatten(groups);
            var byGroup = new EnumMap<RespondentGroup, SurveyStatistics.Summary>(RespondentGroup.class);
            round.groups().forEach(g -> byGroup.put(g, SurveyStatistics.summarize(groups.getOrDefault(g, List.of()))));
            var earlier = flatten(before.getOrDefault(c.number(), Map.of()));
            commitments.add(new RoundResults.CommitmentResult(c.number(), c.area(), SurveyStatistics.summarize(all), byGroup,
                    previous == null ? null : SurveyStatistics.summarize(earlier),
                    previous == null ? null : SurveyStatistics.change(earlier, all)));
        }
        var areas = new ArrayList<RoundResults.AreaResult>();
        for (Area a : framework.areas()) {
            var pooled = new ArrayList<Perception>();
            var pooledBefore = new ArrayList<Perception>();
            commitments.stream().filter(c -> c.area() == a.number()).forEach(c -> {
                pooled.addAll(flatten(now.getOrDefault(c.commitment(), Map.of())));
                pooledBefore.addAll(flatten(before.getOrDefault(c.commitment(), Map.of())));
            });
            areas.add(new RoundResults.AreaResult(a.number(), a.shortTitle(), SurveyStatistics.summarize(pooled),
                    previous == null ? null : SurveyStatistics.change(pooledBefore, pooled)));
        }
        var rates = results.rates(roundId);
        var rateByGroup = new EnumMap<RespondentGroup, SurveyStatistics.ResponseRate>(RespondentGroup.class);
        rates.forEach((g, r) -> rateByGroup.put(g, SurveyStatistics.responseRate(r[0], r[1])));
        int invited = rates.values().stream().mapToInt(r -> r[0]).sum();
        int answered = rates.values().stream().mapToInt(r -> r[1]).sum();
        return new RoundResults(round, previous, SurveyStatistics.responseRate(invited, answered), rateByGroup, commitments, areas,
                List.of(), false);
    }

    /** The round this one was copied from, if the reader may see it; otherwise no comparison rather than an error. */
    private Round defaultComparison(CurrentUser reader, Round round) {
        if (round.copiedFrom() == null) {
            return null;
        }
        Round from = surveys.round(round.copiedFrom());
        return from.state() == RoundState.PUBLISHED || reviewer(reader) ? from : null;
    }

    private Round visible(CurrentUser reader, long roundId) {
        Round round = surveys.round(roundId);
        if (round.state() != RoundState.PUBLISHED && !reviewer(reader)) {
            throw new NotFoundException("Published survey round", roundId);
        }
        return round;
    }

    private static boolean asked(Round round, int commitment) {
        return round.questions().stream().anyMatch(q -> q.kind() == QuestionKind.PERCEPTION && Integer.valueOf(commitment).equals(q.commitment()));
    }

    private static List<Perception> flatten(Map<RespondentGroup, List<Perception>> groups) {
        var all = new ArrayList<Perception>();
        groups.values().forEach(all::addAll);
        return all;
    }
}
