package org.a4ptracker.search;

import java.util.Locale;

import org.a4ptracker.stakeholder.StakeholderType;

/**
 * A search: the words, an optional kind (then its results are paged), and filters by area, reporting cycle (a year)
 * and stakeholder type. A filter keeps only what has that property: e.g. an area keeps commitments, areas,
 * indicators and actions of the area.
 */
public record SearchRequest(String query, Kind kind, Integer area, Integer cycle, StakeholderType stakeholderType, Order order,
                            int page, int size, Locale locale) {

    /**
     * How actions are listed: newest first (the default, as every list of actions here; the index is kept in that
     * order, so a search stops after its page however common its words), or by relevance (BM25: words in the title
     * count double), which visits every match. Catalogue results are always by relevance.
     */
    public enum Order { NEWEST, RELEVANCE }

    public static final int MAX_QUERY_LENGTH = 200;
    /** Results reachable by paging: beyond, a narrower query or a filter is the way. */
    public static final int MAX_REACHABLE = 1000;

    public boolean filtered() {
        return area != null || cycle != null || stakeholderType != null;
    }
}
