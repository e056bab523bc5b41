package org.a4ptracker.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;

/** The index's fields, and the conversion of a {@link SearchDoc} to a Lucene document and back to what a result shows. */
final class Fields {

    static final String KEY = "key";
    static final String KIND = "kind";
    /** An action's title; ALL holds its title, description, reporter's names and missions, which is what matching reads. */
    static final String TITLE = "title";
    static final String ALL = "all";
    /**
     * Catalogue names and texts in fields of their own: their term dictionaries hold a few thousand words, so the
     * catalogue's part of a search looks its words up there rather than among every action's vocabulary.
     */
    static final String CATALOGUE_TITLE = "ctitle";
    static final String CATALOGUE_BODY = "cbody";

    /** The title and body fields a ranked query reads, of actions or of the catalogue. */
    record Pair(String title, String body) {
    }

    static final Pair ACTIONS = new Pair(TITLE, ALL);
    static final Pair CATALOGUE = new Pair(CATALOGUE_TITLE, CATALOGUE_BODY);
    /** Catalogue names for type-ahead by prefix: only a few hundred documents have it, so prefixes expand to few terms. */
    static final String SUGGEST = "suggest";
    static final String AREA = "area";
    static final String CYCLE = "cycle";
    static final String STAKEHOLDER_TYPE = "stype";
    static final String COMMITMENT = "commitment";
    /** When an action was published (a draft: last changed); the index is sorted on it, newest first. */
    static final String RECENCY = "recency";
    static final org.apache.lucene.search.Sort NEWEST_FIRST;

    static {
        var field = new org.apache.lucene.search.SortField(RECENCY, org.apache.lucene.search.SortField.Type.LONG, true);
        field.setMissingValue(Long.MIN_VALUE);
        NEWEST_FIRST = new org.apache.lucene.search.Sort(field);
    }

    private static final String REF = "ref";
    private static final String URL = "url";
    private static final String LABEL = "label_";
    private static final String DESCRIPTION = "text";
    private static final String FACTS = "facts";
    private static final String WHO = "who_";
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ru", "zh", "ar");

    private Fields() {
    }

    static Term key(String key) {
        return new Term(KEY, key);
    }

    static Document document(SearchDoc doc) {
        var d = new Document();
        d.add(new StringField(KEY, doc.key(), Field.Store.NO));
        d.add(new StringField(KIND, doc.kind().code(), Field.Store.YES));
        d.add(new org.apache.lucene.document.SortedDocValuesField(KIND, new org.apache.lucene.util.BytesRef(doc.kind().code())));
        d.add(new StoredField(REF, doc.ref()));
        d.add(new StoredField(URL, doc.url()));
        doc.labels().forEach((lang, label) -> d.add(new StoredField(LABEL + lang, label)));
        if (doc.kind().catalogue()) {
            doc.title().forEach(s -> d.add(new Analysed(CATALOGUE_TITLE, s)));
            doc.body().forEach(s -> d.add(new Analysed(CATALOGUE_BODY, s)));
        } else {
            doc.title().forEach(s -> d.add(new Analysed(TITLE, s)));
            doc.title().forEach(s -> d.add(new Analysed(ALL, s)));
            doc.body().forEach(s -> d.add(new Analysed(ALL, s)));
        }
        if (doc.kind().catalogue()) {
            doc.title().forEach(s -> d.add(new Analysed(SUGGEST, new SearchDoc.Segment(Analysis.Lang.NEUTRAL, s.text()))));
        }
        var f = doc.filters();
        f.areas().forEach(a -> d.add(new StringField(AREA, String.valueOf(a), Field.Store.NO)));
        f.commitments().forEach(c -> d.add(new StringField(COMMITMENT, String.valueOf(c), Field.Store.NO)));
        if (f.cycle() != null) {
            d.add(new StringField(CYCLE, String.valueOf(f.cycle()), Field.Store.NO));
        }
        if (f.stakeholderType() != null) {
            d.add(new StringField(STAKEHOLDER_TYPE, f.stakeholderType(), Field.Store.NO));
        }
        var a = doc.action();
        if (a != null) {
            d.add(new org.apache.lucene.document.NumericDocValuesField(RECENCY, a.recency()));
            a.reporterNames().asMap().forEach((lang, name) -> {
                if (name != null && !name.isBlank()) {
                    d.add(new StoredField(WHO + lang, name));
                }
            });
            d.add(new StoredField(DESCRIPTION, doc.body().get(0).text()));
            d.add(new StoredField(FACTS, String.join("|", String.valueOf(a.stakeholderId()), a.stakeholderCode(), a.status(),
                    String.valueOf(a.cycle()), String.join(",", a.commitments().stream().map(String::valueOf).toList()),
                    String.valueOf(a.sample()), a.bodyLang().name(), a.state())));
        }
        return d;
    }

    /** What a hit shows, read from the stored fields. */
    record Stored(Kind kind, String ref, String url, Map<String, String> labels, String description, SearchDoc.ActionFacts action) {
    }

    static Stored stored(Document d) {
        Kind kind = Kind.valueOf(d.get(KIND).toUpperCase(java.util.Locale.ROOT));
        var labels = new HashMap<String, String>();
        for (String lang : LANGUAGES) {
            String label = d.get(LABEL + lang);
            if (label != null) {
                labels.put(lang, label);
            }
        }
        SearchDoc.ActionFacts facts = null;
        String raw = d.get(FACTS);
        if (raw != null) {
            String[] p = raw.split("\\|", -1);
            facts = new SearchDoc.ActionFacts(Long.parseLong(p[0]), p[1], p[2], Integer.parseInt(p[3]),
                    p[4].isEmpty() ? List.of() : Arrays.stream(p[4].split(",")).map(Integer::valueOf).toList(),
                    Boolean.parseBoolean(p[5]), Analysis.Lang.valueOf(p[6]), p[7], 0,
                    new org.a4ptracker.shared.LocalizedNames(d.get(WHO + "en"), d.get(WHO + "fr"), d.get(WHO + "es"), d.get(WHO + "ru"),
                            d.get(WHO + "zh"), d.get(WHO + "ar")));
        }
        return new Stored(kind, d.get(REF), d.get(URL), labels, d.get(DESCRIPTION), facts);
    }

    /** A text field analysed in its segment's language: the stream is made when the writer consumes it, one at a time. */
    private static final class Analysed extends Field {
        private final Analysis.Lang lang;

        Analysed(String name, SearchDoc.Segment segment) {
            super(name, segment.text(), TextField.TYPE_NOT_STORED);
            this.lang = segment.lang();
        }

        @Override
        public TokenStream tokenStream(Analyzer ignored, TokenStream reuse) {
            return Analysis.analyzer(lang).tokenStream(name(), stringValue());
        }
    }
}
