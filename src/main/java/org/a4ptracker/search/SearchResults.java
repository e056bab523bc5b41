package org.a4ptracker.search;

import java.util.List;

/**
 * The answer to a search: one group per kind with results, in {@link Kind} order. A group's total is exact unless
 * {@code totalAtLeast} (more than {@link SearchRequest#MAX_REACHABLE} matches are not counted one by one).
 * {@code indexReady} is false while this node builds its first index; {@code buildPercent} then says how far it is
 * (the rest of the index's status, its folder included, is for administrators).
 */
public record SearchResults(SearchRequest request, List<Group> groups, boolean indexReady, Integer buildPercent) {

    public record Group(Kind kind, long total, boolean totalAtLeast, List<SearchHit> hits, int page, int size) {

        public int lastPage() {
            long reachable = Math.min(total, SearchRequest.MAX_REACHABLE);
            return (int) Math.max(1, (reachable + size - 1) / size);
        }

        public boolean hasNext() {
            return page < lastPage();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    public long total() {
        return groups.stream().mapToLong(Group::total).sum();
    }

    public boolean empty() {
        return groups.isEmpty();
    }
}
