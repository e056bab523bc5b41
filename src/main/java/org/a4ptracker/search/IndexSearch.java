package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;

/**
 * The searches run on an index: a query with the request's filters, restricted to some kinds; the best matches of
 * one page, with the number of matches counted exactly up to {@link SearchRequest#MAX_REACHABLE} (beyond, Lucene
 * stops counting and the total is a lower bound, which keeps a common word over 500,000 actions fast).
 */
final class IndexSearch {

    record Found(long total, boolean atLeast, List<Fields.Stored> docs) {
    }

    private IndexSearch() {
    }

    static Query filtered(Query query, SearchRequest r, List<Kind> kinds) {
        var b = new BooleanQuery.Builder().add(query, Occur.MUST);
        b.add(kinds.size() == 1 ? new TermQuery(new Term(Fields.KIND, kinds.get(0).code()))
                : new TermInSetQuery(Fields.KIND, kinds.stream().map(k -> new BytesRef(k.code())).toList()), Occur.FILTER);
        if (r.area() != null) {
            b.add(new TermQuery(new Term(Fields.AREA, String.valueOf(r.area()))), Occur.FILTER);
        }
        if (r.cycle() != null) {
            b.add(new TermQuery(new Term(Fields.CYCLE, String.valueOf(r.cycle()))), Occur.FILTER);
        }
        if (r.stakeholderType() != null) {
            b.add(new TermQuery(new Term(Fields.STAKEHOLDER_TYPE, r.stakeholderType().name())), Occur.FILTER);
        }
        return b.build();
    }

    /** The matches from {@code from} (0-based), at most {@code size}, best first or newest first. */
    static Found page(SearchIndex index, Query query, int from, int size, boolean newestFirst) {
        return index.search(searcher -> {
            TopDocs top = newestFirst ? searcher.search(query, from + size, Fields.NEWEST_FIRST) : searcher.search(query, from + size);
            var docs = new ArrayList<Fields.Stored>();
            var stored = searcher.storedFields();
            for (int i = from; i < top.scoreDocs.length; i++) {
                docs.add(Fields.stored(stored.document(top.scoreDocs[i].doc)));
            }
            return new Found(top.totalHits.value, top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO, docs);
        });
    }

    record Scored(Fields.Stored doc, float score) {
    }

    static Query kindOnly(Query query, Kind kind) {
        return new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind.code())), Occur.FILTER).build();
    }

    /** The best {@code n} matches with their scores. */
    static List<Scored> scored(SearchIndex index, Query query, int n) {
        return index.search(searcher -> {
            var stored = searcher.storedFields();
            var list = new ArrayList<Scored>();
            for (ScoreDoc d : searcher.search(query, n).scoreDocs) {
                list.add(new Scored(Fields.stored(stored.document(d.doc)), d.score));
            }
            return list;
        });
    }

    /**
     * The catalogue matches by kind, best first: each kind's number of matches, and the documents from {@code from}
     * (at most {@code size}). The kind of every match is read from doc values; only the documents shown are read whole.
     */
    static Map<Kind, Found> byKind(SearchIndex index, Query query, int limit, int from, int size) {
        return index.search(searcher -> {
            var hits = new EnumMap<Kind, List<Integer>>(Kind.class);
            var leaves = searcher.getIndexReader().leaves();
            for (ScoreDoc d : searcher.search(query, limit).scoreDocs) {
                var leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                var kinds = DocValues.getSorted(leaf.reader(), Fields.KIND);
                kinds.advanceExact(d.doc - leaf.docBase);
                Kind kind = Kind.valueOf(kinds.lookupOrd(kinds.ordValue()).utf8ToString().toUpperCase(java.util.Locale.ROOT));
                hits.computeIfAbsent(kind, k -> new ArrayList<>()).add(d.doc);
            }
            var stored = searcher.storedFields();
            var byKind = new EnumMap<Kind, Found>(Kind.class);
            for (var e : hits.entrySet()) {
                var docs = new ArrayList<Fields.Stored>();
                for (int doc : e.getValue().stream().skip(from).limit(size).toList()) {
                    docs.add(Fields.stored(stored.document(doc)));
                }
                byKind.put(e.getKey(), new Found(e.getValue().size(), false, docs));
            }
            return byKind;
        });
    }
}
