package org.a4ptracker.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.List;

import org.a4ptracker.framework.Area;
import org.a4ptracker.framework.Commitment;
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
     * A round's figures after disclosure control. The answers of a published round no longer change
     * (answers are taken while it is open, a response can be reopened only then, an import is refused
     * once it is published), so its figures, and the decision which of them to withhold, are computed
     * once and kept with the published rounds; rounds in any other state are computed on every read.
     */
    private RoundFigures figuresOf(Round round) {
        return round.state() == RoundState.PUBLISHED ? published.roundFigures(round.id(), () -> Disclosure.figures(tallies(round)))
                : Disclosure.figures(tallies(round));
    }

    private Disclosure.RoundTallies tallies(Round round) {
        var answers = perceptions(round);
        var areaOf = new java.util.HashMap<Integer, Integer>();
        for (Commitment c : commitments()) {
            if (answers.containsKey(c.number()) || asked(round, c.number())) {
                areaOf.put(c.number(), c.area());
            }
        }
        return new Disclosure.RoundTallies(round.groups(), areaOf, framework.areas().stream().map(Area::number).toList(), answers,
                rates(round));
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
        RoundFigures now = figuresOf(round);
        RoundFigures before = previous == null ? null : figuresOf(previous);
        var areaOf = new java.util.HashMap<Integer, Integer>();
        commitments().forEach(c -> areaOf.put(c.number(), c.area()));
        var commitments = new ArrayList<RoundResults.CommitmentResult>();
        now.commitments().forEach((number, cell) -> {
            var earlier = before == null ? null : before.commitments().getOrDefault(number, NOT_ASKED);
            commitments.add(new RoundResults.CommitmentResult(number, areaOf.get(number), cell.summary(), now.byGroup().get(number),
                    earlier == null ? null : earlier.summary(), earlier == null ? null : change(earlier, cell)));
        });
        var areas = new ArrayList<RoundResults.AreaResult>();
        for (Area a : framework.areas()) {
            var cell = now.areas().get(a.number());
            var earlier = before == null ? null : before.areas().get(a.number());
            areas.add(new RoundResults.AreaResult(a.number(), a.shortTitle(), cell.summary(), earlier == null ? null : change(earlier, cell)));
        }
        return new RoundResults(round, previous, now.rates().overall(), now.rates().byGroup(), commitments, areas,
                freeText ? results.freeTexts(roundId, !reviewer(reader)) : List.of(), reviewer(reader));
    }

    /** A commitment the compared round did not ask: nobody answered it there. */
    private static final RoundFigures.Cell NOT_ASKED = new RoundFigures.Cell(new Tally(), SurveyStatistics.withheld(Suppression.FEWER_THAN_5));

    /**
     * A change is shown only where both rounds show the figure: from a change and the shown side the
     * withheld side would follow. Computed from the counts, not the rounded figures.
     */
    private static SurveyStatistics.Change change(RoundFigures.Cell before, RoundFigures.Cell after) {
        if (before.shown() && after.shown()) {
            return SurveyStatistics.change(before.tally(), after.tally());
        }
        boolean small = before.summary().suppression() == Suppression.FEWER_THAN_5 || after.summary().suppression() == Suppression.FEWER_THAN_5;
        return SurveyStatistics.withheldChange(small ? Suppression.FEWER_THAN_5 : Suppression.COMPLEMENTARY);
    }

    private List<Commitment> commitments() {
        return framework.commitments(new org.a4ptracker.framework.CommitmentFilter(null, null),
                new org.a4ptracker.shared.PageRequest(1, 100)).items();
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

}
