package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a4ptracker.action.ActionState;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.action.ActionText;
import org.a4ptracker.shared.CommitmentSuggestions.Suggestion;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.support.H2Test;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Evaluates the commitment suggestions on the held-out labelled set (src/test/resources/search): top-1 and top-3
 * accuracy (the first, or one of the first three, suggestions is among the action's commitments) against the baseline
 * of always proposing the most frequent commitments. Two settings: the index of a fresh sample instance (commitment
 * texts, area statements, the sample instance's published actions, phrased after their area), and 5-fold cross-validation where the
 * other four fifths of the labelled set play the published actions. Prints the figures and writes them to
 * target/suggestion-evaluation.md (copied into the README).
 */
@H2Test
class CommitmentSuggestionEvaluationTest {

    record Labelled(int id, int area, String title, String description, Set<Integer> commitments) {
    }

    record Score(double top1, double top3) {
    }

    @Autowired
    NodeIndex node;
    @Autowired
    CommitmentSuggester suggester;
    @Autowired
    DocumentSource source;
    @Autowired
    StakeholderService stakeholders;

    @Test
    void suggestionsBeatTheMostFrequentCommitmentsOnTheHeldOutSet() throws IOException {
        var set = labelled();
        assertThat(set).hasSizeGreaterThanOrEqualTo(150);
        assertThat(set.stream().map(Labelled::area).distinct()).hasSize(8);
        var framework = suggester.frameworkTerms();
        var lines = new ArrayList<String>();
        lines.add("| setting | top-1 | top-3 |");
        lines.add("|---|---|---|");

        SearchIndex sample = node.current();
        var deployed = score(set, a -> SuggestionRanker.rank(sample, framework, text(a), 3, SuggestionRanker.Weights.DEFAULT));
        var textOnly = score(set, a -> SuggestionRanker.rank(sample, framework, text(a), 3, new SuggestionRanker.Weights(1, 0, 0)));
        var withAreas = score(set, a -> SuggestionRanker.rank(sample, framework, text(a), 3, new SuggestionRanker.Weights(1, 0.5, 0)));
        var sampleBaseline = baseline(set, mostFrequent(source.actionDocs(publishedSample(), source.areaOfCommitment())));
        row(lines, "fresh sample instance: suggestions as deployed (commitments 1.0, areas 0.5, similar actions 0.5)", deployed);
        row(lines, "fresh sample instance: commitment texts only", textOnly);
        row(lines, "fresh sample instance: commitment texts and area statements", withAreas);
        row(lines, "fresh sample instance: baseline, the 3 commitments most frequent among its published actions", sampleBaseline);

        var folds = crossValidated(set, framework);
        row(lines, "5-fold: suggestions as deployed, the other folds as published actions", folds.get(0));
        row(lines, "5-fold: baseline, the 3 commitments most frequent in the other folds", folds.get(1));
        var oracle = baseline(set, frequencies(set.stream().map(Labelled::commitments).toList()));
        row(lines, "baseline with hindsight: the 3 commitments most frequent in the evaluation set itself", oracle);

        String report = String.join("\n", lines) + "\n\n" + set.size() + " labelled actions; top-k: one of the first k suggestions"
                + " is among the action's commitments.\n";
        System.out.println("[suggestion-evaluation]\n" + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/suggestion-evaluation.md"), report);

        assertThat(deployed.top3()).isGreaterThan(sampleBaseline.top3() + 0.2);
        assertThat(folds.get(0).top3()).isGreaterThan(folds.get(1).top3() + 0.2);
        assertThat(deployed.top1()).isBetween(0.0, deployed.top3());
    }

    private List<Score> crossValidated(List<Labelled> set, SuggestionRanker.Framework framework) {
        long reporter = stakeholders.summary("GHA").id();
        int hits1 = 0;
        int hits3 = 0;
        int base1 = 0;
        int base3 = 0;
        for (int fold = 0; fold < 5; fold++) {
            final int f = fold;
            var train = set.stream().filter(a -> a.id() % 5 != f).toList();
            var test = set.stream().filter(a -> a.id() % 5 == f).toList();
            try (SearchIndex index = SearchIndex.open(null)) {
                index.add(source.catalogue());
                index.add(source.actionDocs(train.stream().map(a -> asPublished(a, reporter)).toList(), source.areaOfCommitment()));
                index.refresh();
                var common = frequencies(train.stream().map(Labelled::commitments).toList());
                for (Labelled a : test) {
                    var top = SuggestionRanker.rank(index, framework, text(a), 3, SuggestionRanker.Weights.DEFAULT).stream()
                            .map(Suggestion::commitment).toList();
                    hits1 += hit(top, 1, a) ? 1 : 0;
                    hits3 += hit(top, 3, a) ? 1 : 0;
                    base1 += hit(common, 1, a) ? 1 : 0;
                    base3 += hit(common, 3, a) ? 1 : 0;
                }
            }
        }
        return List.of(new Score((double) hits1 / set.size(), (double) hits3 / set.size()),
                new Score((double) base1 / set.size(), (double) base3 / set.size()));
    }

    private static Score score(List<Labelled> set, Function<Labelled, List<Suggestion>> suggest) {
        int top1 = 0;
        int top3 = 0;
        for (Labelled a : set) {
            var top = suggest.apply(a).stream().map(Suggestion::commitment).toList();
            top1 += hit(top, 1, a) ? 1 : 0;
            top3 += hit(top, 3, a) ? 1 : 0;
        }
        return new Score((double) top1 / set.size(), (double) top3 / set.size());
    }

    private static Score baseline(List<Labelled> set, List<Integer> mostFrequent) {
        return score(set, a -> mostFrequent.stream().map(c -> new Suggestion(c, 1, List.of(), 0)).toList());
    }

    private static boolean hit(List<Integer> suggested, int k, Labelled a) {
        return suggested.stream().limit(k).anyMatch(a.commitments()::contains);
    }

    private static List<Integer> mostFrequent(List<SearchDoc> published) {
        return frequencies(published.stream().map(d -> d.filters().commitments()).toList());
    }

    /** The three commitments that occur most often, ties broken by the lower number. */
    private static List<Integer> frequencies(List<Set<Integer>> commitments) {
        Map<Integer, Integer> counts = new HashMap<>();
        commitments.forEach(s -> s.forEach(c -> counts.merge(c, 1, Integer::sum)));
        return counts.entrySet().stream().sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(3).map(Map.Entry::getKey).toList();
    }

    private List<ActionText> publishedSample() {
        var all = new ArrayList<ActionText>();
        long after = 0;
        List<ActionText> batch;
        while (!(batch = sourceActions(after)).isEmpty()) {
            all.addAll(batch);
            after = batch.get(batch.size() - 1).id();
        }
        return all;
    }

    @Autowired
    org.a4ptracker.action.ActionTexts actionTexts;

    private List<ActionText> sourceActions(long after) {
        return actionTexts.publishedAfter(after, 1000);
    }

    private static ActionText asPublished(Labelled a, long reporter) {
        return new ActionText(1_000_000 + a.id(), reporter, ActionState.PUBLISHED, a.title(), a.description(), ActionStatus.ONGOING,
                2024, List.copyOf(a.commitments()), List.of(), Instant.EPOCH, Instant.EPOCH, false);
    }

    private static String text(Labelled a) {
        return a.title() + "\n" + a.description();
    }

    private static void row(List<String> lines, String setting, Score s) {
        lines.add("| " + setting + " | " + percent(s.top1()) + " | " + percent(s.top3()) + " |");
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    static List<Labelled> labelled() throws IOException {
        try (var in = CommitmentSuggestionEvaluationTest.class.getResourceAsStream("/search/labelled-actions.csv");
             var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(r -> new Labelled(Integer.parseInt(r.get("id")), Integer.parseInt(r.get("area")), r.get("title"),
                            r.get("description"), Arrays.stream(r.get("commitments").split(";")).map(String::trim)
                            .map(Integer::valueOf).collect(Collectors.toUnmodifiableSet())))
                    .sorted(Comparator.comparingInt(Labelled::id)).toList();
        }
    }
}
