package org.a4ptracker.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.PageLinks;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a plain GET form, results grouped by kind; the type-ahead script is loaded here only. A bad
 * parameter is a 400 page that names it beside the results of the rest, the words typed kept in the box.
 */
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
                  @RequestParam(required = false) Integer page, Locale locale, Model model, HttpServletResponse response) {
        var problems = new LinkedHashMap<String, org.a4ptracker.shared.Text>();
        var request = SearchParams.parse(q, kind, area, cycle, type, sort, page, null, locale, problems);
        refused(problems, response, model);
        model.addAttribute("typed", problems.containsKey("q") ? q : request.query());
        model.addAttribute("request", request);
        model.addAttribute("results", request.query().isEmpty() ? null : search.search(me, request));
        model.addAttribute("kinds", Kind.values());
        model.addAttribute("areas", framework.areas());
        model.addAttribute("cycles", reporting.cycles());
        model.addAttribute("types", StakeholderType.values());
        model.addAttribute("orders", SearchRequest.Order.values());
        model.addAttribute("draftLimit", DraftSearch.LIMIT);
        // the links carry the filters that were used, not a refused one
        Object[] filters = {"q", request.query(), "area", request.area(), "cycle", request.cycle(), "type", request.stakeholderType(),
            "sort", request.order() == SearchRequest.Order.NEWEST ? null : "relevance"};
        model.addAttribute("base", PageLinks.base("/search", filters));
        model.addAttribute("kindBase", PageLinks.base("/search", append(filters, "kind", request.kind() == null ? null : request.kind().code())));
        return "search/results";
    }

    /** A 400 that still shows the search made with the rest, the words as typed, and what to correct (linked to its field). */
    private static void refused(Map<String, org.a4ptracker.shared.Text> problems, HttpServletResponse response, Model model) {
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            var pageProblem = problems.remove("page");
            if (pageProblem != null) {
                problems.put("search-form", pageProblem); // no field of its own: the link leads to the form
            }
            model.addAttribute("hasErrors", true);
        }
        model.addAttribute("problems", problems);
    }

    private static Object[] append(Object[] values, String name, Object value) {
        var all = java.util.Arrays.copyOf(values, values.length + 2);
        all[values.length] = name;
        all[values.length + 1] = value;
        return all;
    }
}
