package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * A person's query as the index understands it. Each word is analysed as every language would analyse it (its
 * English, French and Spanish stems and itself unstemmed; Cyrillic, Arabic and CJK words in their own way), and
 * matches a document through any of these forms, in the title (counted double) or the body. Every word is required
 * except stop words (in any of the languages), which only add to the score.
 */
record QueryPlan(List<Word> words) {

    static final int MAX_WORDS = 32;

    /** One word of the query: the text typed, the terms it matches, and whether a document may lack it. */
    record Word(String text, Set<String> terms, boolean optional) {
    }

    static QueryPlan of(String text) {
        return of(text, MAX_WORDS);
    }

    /** The plan of a longer text (an action's title and description, for suggestions): its first distinct words. */
    static QueryPlan of(String text, int maxWords) {
        var words = new ArrayList<Word>();
        var seen = new java.util.HashSet<String>();
        for (Analysis.Token unit : Analysis.tokens(Analysis.Lang.NEUTRAL, text == null ? "" : text)) {
            if (words.size() == maxWords) {
                break;
            }
            if (!seen.add(unit.term())) {
                continue;
            }
            String original = text.substring(unit.start(), unit.end());
            var terms = new LinkedHashSet<String>();
            boolean stop = false;
            for (Analysis.Lang lang : Analysis.Lang.values()) {
                var analysed = Analysis.tokens(lang, original);
                // a CJK run of the unit's own is one bigram (or one character): take the unit's own term
                if (analysed.isEmpty()) {
                    stop = true;
                } else {
                    terms.add(analysed.size() == 1 ? analysed.get(0).term() : unit.term());
                }
            }
            terms.add(unit.term());
            words.add(new Word(original, terms, stop));
        }
        return new QueryPlan(List.copyOf(words));
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** Whether a term of a text is one the query matches: what a snippet marks. */
    java.util.function.Predicate<String> matcher() {
        var all = new java.util.HashSet<String>();
        words.forEach(w -> all.addAll(w.terms()));
        return all::contains;
    }

    /** For type-ahead: also the terms that begin with the last word as typed. */
    java.util.function.Predicate<String> prefixMatcher() {
        var plain = words.isEmpty() ? List.<Analysis.Token>of() : Analysis.tokens(Analysis.Lang.NEUTRAL, words.get(words.size() - 1).text());
        String prefix = plain.isEmpty() ? null : plain.get(0).term();
        return matcher().or(t -> prefix != null && t.startsWith(prefix));
    }

    /** Any of the words (stop words left out), each counted by how rare it is: documents like the text come first. */
    Query anyWordQuery(Fields.Pair f) {
        var b = new BooleanQuery.Builder();
        words.stream().filter(w -> !w.optional()).forEach(w -> b.add(ranked(f, w), Occur.SHOULD));
        return b.build();
    }

    /** Every word (stop words optional), ranked: a word counts double in the title. */
    Query query(Fields.Pair f) {
        var b = new BooleanQuery.Builder();
        boolean anyRequired = words.stream().anyMatch(w -> !w.optional());
        for (Word w : words) {
            b.add(ranked(f, w), anyRequired && !w.optional() ? Occur.MUST : Occur.SHOULD);
        }
        if (!anyRequired) {
            b.setMinimumNumberShouldMatch(1);
        }
        return b.build();
    }

    /** Every word in one field, unranked: for results listed in another order (newest first), one lookup per form. */
    Query matchQuery(String field) {
        var b = new BooleanQuery.Builder();
        boolean anyRequired = words.stream().anyMatch(w -> !w.optional());
        for (Word w : words) {
            if (anyRequired && w.optional()) {
                continue;
            }
            b.add(synonyms(field, w.terms()), anyRequired ? Occur.FILTER : Occur.SHOULD);
        }
        if (!anyRequired) {
            b.setMinimumNumberShouldMatch(1);
        }
        return b.build();
    }

    /** Type-ahead over catalogue names: the words before the last complete, the last as a prefix. */
    Query prefixQuery() {
        var b = new BooleanQuery.Builder();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String plain = Analysis.tokens(Analysis.Lang.NEUTRAL, w.text()).stream().findFirst().map(Analysis.Token::term).orElse(null);
            if (plain == null) {
                continue;
            }
            boolean last = i == words.size() - 1;
            b.add(last ? new PrefixQuery(new Term(Fields.SUGGEST, plain)) : new TermQuery(new Term(Fields.SUGGEST, plain)),
                    last || !w.optional() ? Occur.MUST : Occur.SHOULD);
        }
        return b.build();
    }

    private static Query ranked(Fields.Pair f, Word w) {
        return new DisjunctionMaxQuery(List.of(new BoostQuery(synonyms(f.title(), w.terms()), 2f), synonyms(f.body(), w.terms())), 0.1f);
    }

    private static Query synonyms(String field, Set<String> terms) {
        var s = new SynonymQuery.Builder(field);
        terms.forEach(t -> s.addTerm(new Term(field, t)));
        return s.build();
    }
}
