package org.a4ptracker.search;

import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.Text;
import org.a4ptracker.stakeholder.StakeholderType;

/**
 * The search parameters of the page and the API, checked at the edge: for the API a bad one is a 400 naming it; the
 * page leaves it out, says why, and applies the others.
 */
final class SearchParams {

    static final int PAGE_SIZE = 20;
    static final int MAX_SIZE = 50;
    /** The cycles an action may be reported for (as the action list's filter). */
    static final int FIRST_CYCLE = 2018;
    static final int LAST_CYCLE = 2100;

    private SearchParams() {
    }

    /** The API's request: the first bad parameter is a 400 naming it. */
    static SearchRequest parse(String q, String kind, Integer area, Integer cycle, String type, String sort, Integer page,
                               Integer size, Locale locale) {
        return parse(q, kind, area, cycle, type, sort, page, size, locale, null);
    }

    /**
     * The page's request: each bad parameter is left out and its problem put in {@code problems} (parameter -> message
     * in the request's language), so that the page shows the search with what could be used and the words as typed.
     */
    static SearchRequest parse(String q, String kind, Integer area, Integer cycle, String type, String sort, Integer page,
                               Integer size, Locale locale, Map<String, Text> problems) {
        String query = checked(() -> query(q), problems);
        Kind k = checked(() -> Enums.parse(Kind.class, "kind", kind), problems);
        Integer a = checked(() -> area(area), problems);
        Integer c = checked(() -> cycle(cycle), problems);
        StakeholderType t = checked(() -> Enums.parse(StakeholderType.class, "type", type), problems);
        SearchRequest.Order o = checked(() -> sort == null || sort.isBlank() ? null
                : Enums.parse(SearchRequest.Order.class, "sort", sort), problems);
        int s = size == null ? PAGE_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw new BadRequestException("size", "problem.param.size", MAX_SIZE, s);
        }
        Integer p = checked(() -> page(page, s), problems);
        return new SearchRequest(query == null ? "" : query, k, a, c, t, o == null ? SearchRequest.Order.NEWEST : o,
                p == null ? 1 : p, s, locale);
    }

    private static String query(String q) {
        SearchService.check(q);
        return q == null ? "" : q.strip();
    }

    private static Integer area(Integer area) {
        if (area != null && (area < 1 || area > 8)) {
            throw new BadRequestException("area", "filter.area", String.valueOf(area));
        }
        return area;
    }

    private static Integer cycle(Integer cycle) {
        if (cycle != null && (cycle < FIRST_CYCLE || cycle > LAST_CYCLE)) {
            throw new BadRequestException("cycle", "filter.cycle", String.valueOf(cycle),
                    FIRST_CYCLE, LAST_CYCLE);
        }
        return cycle;
    }

    private static Integer page(Integer page, int size) {
        int p = page == null ? 1 : page;
        int last = (SearchRequest.MAX_REACHABLE + size - 1) / size;
        if (p < 1 || p > last) {
            throw new BadRequestException("page", "search.filter.page", String.valueOf(p), last,
                    SearchRequest.MAX_REACHABLE);
        }
        return p;
    }

    /** The value, or (for the page) null with the problem noted; without {@code problems} the problem is thrown. */
    private static <T> T checked(Supplier<T> value, Map<String, Text> problems) {
        try {
            return value.get();
        } catch (BadRequestException e) {
            if (problems == null) {
                throw e;
            }
            problems.put(e.parameter(), e.text());
            return null;
        }
    }
}
