package org.a4ptracker.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is indexed of one public thing: texts with the language they are analysed in, the filters it answers to,
 * and what a result shows (labels per language, address, and for actions their stakeholder, cycle and status).
 */
record SearchDoc(Kind kind, String ref, List<Segment> title, List<Segment> body, Filters filters, Map<String, String> labels,
                 String url, ActionFacts action) {

    record Segment(Analysis.Lang lang, String text) {
    }

    /** Values the filters select on: areas, cycle (a year), stakeholder type, and an action's commitments. */
    record Filters(Set<Integer> areas, Integer cycle, String stakeholderType, Set<Integer> commitments) {
        static final Filters NONE = new Filters(Set.of(), null, null, Set.of());
    }

    /** What a result line of an action shows besides its title. */
    record ActionFacts(long stakeholderId, String stakeholderCode, String status, int cycle, List<Integer> commitments,
                       boolean sample, Analysis.Lang bodyLang, String state, long recency,
                       org.a4ptracker.shared.LocalizedNames reporterNames) {
    }

    /** The same document as another kind (an action as the reader's own draft). */
    SearchDoc as(Kind other) {
        return new SearchDoc(other, ref, title, body, filters, labels, url, action);
    }

    String key() {
        return key(kind, ref);
    }

    static String key(Kind kind, String ref) {
        return kind.code() + ":" + ref;
    }
}
