package org.a4ptracker.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/** Turns stored documents into results in the reader's language, with the matching words marked. */
@Component
class Hits {

    private static final int PASSAGE = 240;

    /** Everything a result shows is stored in the index: no query to the database per search. */
    List<SearchHit> of(List<Fields.Stored> docs, Predicate<String> matches, Locale locale) {
        return docs.stream().map(d -> hit(d, matches, locale)).toList();
    }

    private static SearchHit hit(Fields.Stored d, Predicate<String> matches, Locale locale) {
        var a = d.action();
        if (a == null) {
            String lang = locale.getLanguage();
            String label = d.labels().getOrDefault(lang, d.labels().get("en"));
            if (d.kind() == Kind.MISSION) {
                label = d.ref() + " \u2013 " + label; // missions are known by their acronyms
            }
            var analysis = d.labels().containsKey(lang) ? Analysis.ofLanguageTag(lang) : Analysis.Lang.EN;
            return new SearchHit(d.kind(), d.ref(), d.url(), Highlighter.whole(label, analysis, matches), null, null);
        }
        String name = a.reporterNames().en() == null ? a.stakeholderCode() : a.reporterNames().in(locale);
        return new SearchHit(d.kind(), d.ref(), d.url(), Highlighter.whole(d.labels().get("en"), a.bodyLang(), matches),
                Highlighter.passage(d.description(), a.bodyLang(), matches, PASSAGE),
                new SearchHit.ActionInfo(a.stakeholderCode(), name, a.status(), a.cycle(), a.commitments(), a.state(), a.sample()));
    }
}
