package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a4ptracker.shared.CommitmentSuggestions.Suggestion;
import org.apache.lucene.search.Query;

/**
 * Ranks the commitments for an action's text from three signals, each scaled to the best candidate's: how well the
 * text matches the commitment's own words, its area's statement, and the published actions most like it (each
 * voting for the commitments it serves, by its similarity). The weights were set from the design, before the
 * labelled evaluation set was written, and are not tuned on it (see CommitmentSuggestionEvaluationTest).
 */
final class SuggestionRanker {

    record Weights(double commitment, double area, double neighbours) {
        static final Weights DEFAULT = new Weights(1.0, 0.5, 0.5);
    }

    /** What the ranker knows of the framework: each commitment's area, and the terms of its text and area statement. */
    record Framework(Map<Integer, Integer> areaOf, Map<Integer, Set<String>> terms) {
    }

    static final int NEIGHBOURS = 30;
    static final int MAX_WORDS = 300;

    private SuggestionRanker() {
    }

    static List<Suggestion> rank(SearchIndex index, Framework framework, String text, int limit, Weights w) {
        var plan = QueryPlan.of(text, MAX_WORDS);
        if (plan.isEmpty()) {
            return List.of();
        }
        Query any = plan.anyWordQuery(Fields.CATALOGUE);
        var byCommitment = scaled(scores(index, any, Kind.COMMITMENT, 64));
        var byArea = scaled(scores(index, any, Kind.AREA, 16));
        var votes = new HashMap<Integer, Double>();
        var similar = new HashMap<Integer, Integer>();
        var neighbourTerms = new HashMap<Integer, Set<String>>();
        var neighbours = IndexSearch.scored(index, IndexSearch.kindOnly(plan.anyWordQuery(Fields.ACTIONS), Kind.ACTION), NEIGHBOURS);
        double best = neighbours.isEmpty() ? 1 : neighbours.get(0).score();
        for (IndexSearch.Scored n : neighbours) {
            var facts = n.doc().action();
            for (int c : facts.commitments()) {
                votes.merge(c, n.score() / best / facts.commitments().size(), Double::sum);
                similar.merge(c, 1, Integer::sum);
                neighbourTerms.computeIfAbsent(c, k -> new LinkedHashSet<>())
                        .addAll(Analysis.tokens(facts.bodyLang(), n.doc().labels().get("en")).stream().map(Analysis.Token::term).toList());
            }
        }
        var byVotes = scaled(votes);
        var ranked = new ArrayList<Suggestion>();
        for (var entry : framework.areaOf().entrySet()) {
            int c = entry.getKey();
            double score = w.commitment() * byCommitment.getOrDefault(c, 0.0) + w.area() * byArea.getOrDefault(entry.getValue(), 0.0)
                    + w.neighbours() * byVotes.getOrDefault(c, 0.0);
            if (score > 0) {
                ranked.add(new Suggestion(c, score, matched(plan, framework.terms().get(c), neighbourTerms.get(c)),
                        similar.getOrDefault(c, 0)));
            }
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparingInt(Suggestion::commitment));
        double top = ranked.isEmpty() ? 1 : ranked.get(0).score();
        return ranked.stream().limit(limit)
                .map(s -> new Suggestion(s.commitment(), Math.round(s.score() / top * 1000) / 1000.0, s.matchedWords(), s.similarActions()))
                .toList();
    }

    /** The score of each document of a kind, by its number (commitment or area). */
    private static Map<Integer, Double> scores(SearchIndex index, Query any, Kind kind, int n) {
        var scores = new HashMap<Integer, Double>();
        IndexSearch.scored(index, IndexSearch.kindOnly(any, kind), n)
                .forEach(s -> scores.put(Integer.valueOf(s.doc().ref()), (double) s.score()));
        return scores;
    }

    private static Map<Integer, Double> scaled(Map<Integer, Double> scores) {
        double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        var scaled = new HashMap<Integer, Double>();
        scores.forEach((k, v) -> scaled.put(k, max == 0 ? 0 : v / max));
        return scaled;
    }

    /** The words of the text, as typed, found in the commitment's text or area statement or its similar actions' titles. */
    private static List<String> matched(QueryPlan plan, Set<String> own, Set<String> neighbours) {
        var words = new ArrayList<String>();
        for (QueryPlan.Word word : plan.words()) {
            if (!word.optional() && word.terms().stream().anyMatch(t -> (own != null && own.contains(t))
                    || (neighbours != null && neighbours.contains(t)))) {
                words.add(word.text());
            }
            if (words.size() == 6) {
                break;
            }
        }
        return List.copyOf(words);
    }
}
