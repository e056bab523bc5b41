package org.a4ptracker.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.a4ptracker.framework.Area;
import org.a4ptracker.framework.Commitment;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.shared.CommitmentSuggestions;
import org.springframework.stereotype.Service;

/**
 * The commitments an action's text most likely serves, from this node's index (commitment texts, area statements and
 * published actions with their commitments): no model is downloaded or trained, nothing leaves the server.
 */
@Service
class CommitmentSuggester implements CommitmentSuggestions {

    private final NodeIndex node;
    private final DocumentSource source;
    private final FrameworkService framework;
    private volatile SuggestionRanker.Framework terms;

    CommitmentSuggester(NodeIndex node, DocumentSource source, FrameworkService framework) {
        this.node = node;
        this.source = source;
        this.framework = framework;
    }

    @Override
    public List<Suggestion> suggest(String title, String description, int limit) {
        SearchIndex index = node.current();
        String text = (title == null ? "" : title) + "\n" + (description == null ? "" : description);
        if (index == null || text.isBlank()) {
            return List.of();
        }
        if (terms == null) {
            terms = frameworkTerms();
        }
        return SuggestionRanker.rank(index, terms, text, limit, SuggestionRanker.Weights.DEFAULT);
    }

    /**
     * Each commitment's area and the terms of its text and its area's statement, as English analysis makes them (the
     * Declaration's text does not change while the app runs: analysed once).
     */
    SuggestionRanker.Framework frameworkTerms() {
        var areaOf = new HashMap<Integer, Integer>();
        var terms = new HashMap<Integer, Set<String>>();
        var statements = new HashMap<Integer, String>();
        for (Area a : framework.areas()) {
            statements.put(a.number(), a.title() + " " + a.statement());
        }
        for (Commitment c : source.commitments()) {
            areaOf.put(c.number(), c.area());
            var set = new LinkedHashSet<String>();
            Analysis.tokens(Analysis.Lang.EN, c.text() + " " + statements.get(c.area())).forEach(t -> set.add(t.term()));
            terms.put(c.number(), set);
        }
        return new SuggestionRanker.Framework(areaOf, terms);
    }
}
