package org.a4ptracker.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.PlainText;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Service;

/**
 * Searching: public data from this node's index for everyone, and for a signed-in focal point also their own
 * stakeholders' unpublished actions. Without a kind, each kind's best matches are grouped (catalogue kinds first,
 * then actions); with a kind, its matches are paged.
 */
@Service
public class SearchService {

    static final int GROUP_PREVIEW = 5;
    static final int ACTIONS_PREVIEW = 10;
    private static final int CATALOGUE_LIMIT = 1000;
    private static final int SUGGESTIONS = 8;

    private final NodeIndex node;
    private final DraftSearch drafts;
    private final Hits hits;

    private final org.a4ptracker.shared.FreshCache<List<Object>, List<SearchResults.Group>> kept =
            new org.a4ptracker.shared.FreshCache<>("search", 500);
    private volatile String keptStamp = "";

    SearchService(NodeIndex node, DraftSearch drafts, Hits hits) {
        this.node = node;
        this.drafts = drafts;
        this.hits = hits;
    }

    public SearchResults search(CurrentUser user, SearchRequest request) {
        check(request.query());
        var plan = QueryPlan.of(request.query());
        SearchIndex index = node.current();
        if (plan.isEmpty() || index == null) {
            return new SearchResults(request, List.of(), index != null, index != null ? null : node.status().buildPercent());
        }
        boolean newest = request.order() == SearchRequest.Order.NEWEST;
        Query actionQuery = newest ? plan.matchQuery(Fields.ALL) : plan.query(Fields.ACTIONS);
        var groups = new ArrayList<>(publicGroups(index, plan, request, actionQuery));
        if (user != null && user.isFocalPoint() && (request.kind() == null || request.kind() == Kind.DRAFT)) {
            var found = drafts.search(user, actionQuery, request, from(request), size(request, ACTIONS_PREVIEW));
            addIfAny(groups, group(Kind.DRAFT, found.total(), found.atLeast(), request, found.docs(), plan));
        }
        return new SearchResults(request, groups, true, null);
    }

    /**
     * What anyone finds (drafts apart), kept per request until this node's index changes: a query asked again, as the
     * common ones are, costs a lookup instead of scoring every match (Solr's query result cache, in effect).
     */
    private List<SearchResults.Group> publicGroups(SearchIndex index, QueryPlan plan, SearchRequest request, Query actionQuery) {
        String stamp = index.stamp();
        if (!stamp.equals(keptStamp)) {
            synchronized (this) {
                if (!stamp.equals(keptStamp)) {
                    kept.evict();
                    keptStamp = stamp;
                }
            }
        }
        return kept.get(List.of(stamp, request), () -> {
            boolean newest = request.order() == SearchRequest.Order.NEWEST;
            var groups = new ArrayList<SearchResults.Group>();
            var catalogueKinds = Arrays.stream(Kind.values()).filter(Kind::catalogue)
                    .filter(k -> request.kind() == null || request.kind() == k).toList();
            if (!catalogueKinds.isEmpty()) {
                var byKind = IndexSearch.byKind(index, IndexSearch.filtered(plan.query(Fields.CATALOGUE), request, catalogueKinds),
                        CATALOGUE_LIMIT, from(request), size(request, GROUP_PREVIEW));
                byKind.forEach((kind, found) -> groups.add(group(kind, found.total(), false, request, found.docs(), plan)));
            }
            if (request.kind() == null || request.kind() == Kind.ACTION) {
                var found = IndexSearch.page(index, IndexSearch.filtered(actionQuery, request, List.of(Kind.ACTION)), from(request),
                        size(request, ACTIONS_PREVIEW), newest);
                addIfAny(groups, group(Kind.ACTION, found.total(), found.atLeast(), request, found.docs(), plan));
            }
            return List.copyOf(groups);
        });
    }

    /** Type-ahead: catalogue names (commitments, areas, stakeholders, missions, indicators, rounds) starting so. */
    public List<SearchHit> suggest(String text, Locale locale) {
        check(text);
        var plan = QueryPlan.of(text);
        SearchIndex index = node.current();
        if (plan.isEmpty() || index == null) {
            return List.of();
        }
        var docs = IndexSearch.page(index, plan.prefixQuery(), 0, SUGGESTIONS, false).docs();
        return hits.of(docs, plan.prefixMatcher(), locale);
    }

    public IndexStatus status() {
        return node.status();
    }

    private SearchResults.Group group(Kind kind, long total, boolean atLeast, SearchRequest r, List<Fields.Stored> docs,
                                      QueryPlan plan) {
        return new SearchResults.Group(kind, total, atLeast, hits.of(docs, plan.matcher(), r.locale()),
                r.kind() == null ? 1 : r.page(), r.kind() == null ? docs.size() : r.size());
    }

    private static void addIfAny(List<SearchResults.Group> groups, SearchResults.Group group) {
        if (group.total() > 0) {
            groups.add(group);
        }
    }

    private static int from(SearchRequest r) {
        return r.kind() == null ? 0 : (r.page() - 1) * r.size();
    }

    private static int size(SearchRequest r, int preview) {
        return r.kind() == null ? preview : r.size();
    }

    /** Refuses what no person types: overlong queries, control characters and bidirectional overrides (a 400 naming q). */
    static void check(String query) {
        PlainText.require("q", query, PlainText.Lines.ONE, SearchRequest.MAX_QUERY_LENGTH);
    }
}
