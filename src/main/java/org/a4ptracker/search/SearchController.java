package org.a4ptracker.search;

import java.util.Locale;

import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.PageLinks;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a plain GET form, results grouped by kind; the type-ahead script is loaded here only. */
@Controller
class SearchController {

    private final SearchService search;
    private final FrameworkService framework;
    private final ReportingStatusService reporting;

    SearchController(SearchService search, FrameworkService framework, ReportingStatusService reporting) {
        this.search = search;
        this.framework = framework;
        this.reporting = reporting;
    }

    @GetMapping("/search")
    String search(CurrentUser me, @RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) Integer area, @RequestParam(required = false) Integer cycle,
                  @RequestParam(required = false) String type, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) Integer page, Locale locale, Model model) {
        var request = SearchParams.parse(q, kind, area, cycle, type, sort, page, null, locale);
        model.addAttribute("request", request);
        model.addAttribute("results", request.query().isEmpty() ? null : search.search(me, request));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("areas", framework.areas());
        model.addAttribute("cycles", reporting.cycles());
        model.addAttribute("types", StakeholderType.values());
        model.addAttribute("orders", SearchRequest.Order.values());
        model.addAttribute("draftLimit", DraftSearch.LIMIT);
        Object[] filters = {"q", request.query(), "area", area, "cycle", cycle, "type", type,
            "sort", request.order() == SearchRequest.Order.NEWEST ? null : "relevance"};
        model.addAttribute("base", PageLinks.base("/search", filters));
        model.addAttribute("kindBase", PageLinks.base("/search", append(filters, "kind", request.kind() == null ? null : request.kind().code())));
        return "search/results";
    }

    private static Object[] append(Object[] values, String name, Object value) {
        var all = java.util.Arrays.copyOf(values, values.length + 2);
        all[values.length] = name;
        all[values.length + 1] = value;
        return all;
    }
}
