package org.a4ptracker.search;

import java.util.List;

import org.a4ptracker.action.ActionTexts;
import org.a4ptracker.identity.CurrentUser;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

/**
 * A signed-in focal point's own unpublished actions, searched per request: read through the action module (which
 * gives only their own stakeholders' work), analysed like the index into a small index in memory that lives for this
 * request only. Drafts never enter the shared index, so the public cannot find them by any query.
 */
@Component
class DraftSearch {

    /** The most recently changed unpublished actions searched; the page says so when there are more. */
    static final int LIMIT = 300;

    private final ActionTexts actions;
    private final DocumentSource source;

    DraftSearch(ActionTexts actions, DocumentSource source) {
        this.actions = actions;
        this.source = source;
    }

    IndexSearch.Found search(CurrentUser user, Query query, SearchRequest request, int from, int size) {
        var texts = actions.ownUnpublished(user, LIMIT);
        if (texts.isEmpty()) {
            return new IndexSearch.Found(0, false, List.of());
        }
        try (SearchIndex drafts = SearchIndex.open(null)) {
            drafts.add(source.actionDocs(texts, source.areaOfCommitment()).stream().map(d -> d.as(Kind.DRAFT)).toList());
            drafts.refresh();
            return IndexSearch.page(drafts, IndexSearch.filtered(query, request, List.of(Kind.DRAFT)), from, size,
                    request.order() == SearchRequest.Order.NEWEST);
        }
    }
}
