package org.a4ptracker.search;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.identity.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Search", description = "Full-text search over published data, and commitment suggestions")
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(summary = "Published actions, stakeholders, missions, commitments, areas, indicators and published survey rounds"
            + " matching q (every word, in any of the six languages), grouped by kind; with kind, that kind's results paged"
            + " (page 1-based, size 1-50; the first 1,000 results can be paged). Filters: area (1-8), cycle (a year),"
            + " type (a stakeholder type). Actions come newest first, or by relevance with sort=relevance. Matching words"
            + " come as marked parts of title and passage. A signed-in focal"
            + " point also gets their own stakeholders' unpublished actions (kind draft).")
    SearchResults search(CurrentUser me, @RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                         @RequestParam(required = false) Integer area, @RequestParam(required = false) Integer cycle,
                         @RequestParam(required = false) String type, @RequestParam(required = false) String sort,
                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                         Locale locale) {
        var request = SearchParams.parse(q, kind, area, cycle, type, sort, page, size, locale);
        return search.search(me, request);
    }

    @GetMapping("/search/suggest")
    @Operation(summary = "Type-ahead: up to 8 commitments, areas, stakeholders, missions, indicators and survey rounds whose"
            + " name has the words of q, the last one as a prefix")
    List<SearchHit> suggest(@RequestParam(required = false) String q, Locale locale) {
        return search.suggest(q, locale);
    }
}
