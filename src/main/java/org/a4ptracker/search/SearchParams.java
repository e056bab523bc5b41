package org.a4ptracker.search;

import java.util.Locale;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.stakeholder.StakeholderType;

/** The search parameters of the page and the API, checked at the edge: a bad one is a 400 naming it. */
final class SearchParams {

    static final int PAGE_SIZE = 20;
    static final int MAX_SIZE = 50;

    private SearchParams() {
    }

    static SearchRequest parse(String q, String kind, Integer area, Integer cycle, String type, String sort, Integer page,
                               Integer size, Locale locale) {
        SearchService.check(q);
        if (area != null && (area < 1 || area > 8)) {
            throw new BadRequestException("area", "must be between 1 and 8, was " + area);
        }
        if (cycle != null && (cycle < 2000 || cycle > 2100)) {
            throw new BadRequestException("cycle", "must be a year, was " + cycle);
        }
        int p = page == null ? 1 : page;
        int s = size == null ? PAGE_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("size", "must be between 1 and " + MAX_SIZE + ", was " + s);
        }
        if (p < 1 || (long) (p - 1) * s >= SearchRequest.MAX_REACHABLE) {
            throw new BadRequestException("page", "must be between 1 and " + (SearchRequest.MAX_REACHABLE / s)
                    + " at this size (the first " + SearchRequest.MAX_REACHABLE + " results can be paged), was " + p);
        }
        return new SearchRequest(q == null ? "" : q.strip(), Enums.parse(Kind.class, "kind", kind), area, cycle,
                Enums.parse(StakeholderType.class, "type", type),
                sort == null || sort.isBlank() ? SearchRequest.Order.NEWEST : Enums.parse(SearchRequest.Order.class, "sort", sort), p, s, locale);
    }
}
