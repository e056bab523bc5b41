package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.springframework.stereotype.Component;

/** Brings an index up to date with logged changes, by reading what is public now (so applying twice is harmless). */
@Component
class ChangeApplier {

    private final DocumentSource source;

    ChangeApplier(DocumentSource source) {
        this.source = source;
    }

    void apply(SearchIndex index, List<ChangeLog.Change> changes) {
        var actionIds = new ArrayList<Long>(changes.stream().filter(c -> c.kind() == ChangeLog.ChangeKind.ACTION)
                .map(ChangeLog.Change::refId).distinct().toList());
        if (!actionIds.isEmpty()) {
            var docs = source.actions(actionIds);
            var stillPublic = new HashSet<String>();
            docs.forEach(d -> stillPublic.add(d.ref()));
            index.put(docs);
            index.delete(actionIds.stream().map(String::valueOf).filter(id -> !stillPublic.contains(id))
                    .map(id -> SearchDoc.key(Kind.ACTION, id)).toList());
        }
        if (changes.stream().anyMatch(c -> c.kind() == ChangeLog.ChangeKind.CATALOGUE)) {
            index.deleteKinds(Arrays.stream(Kind.values()).filter(Kind::catalogue).toList());
            index.add(source.catalogue());
        }
        index.refresh();
    }

    long actionCount(SearchIndex index) {
        return index.search(s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Kind.ACTION.code()))));
    }
}
