package org.a4ptracker.progress;

import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.shared.BarChart;
import org.a4ptracker.shared.DataTexts;
import org.a4ptracker.shared.RenderedHtml;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The overview dashboard's page; its JSON and CSV are in {@link OverviewApiController}. */
@Controller
class OverviewController {

    private final ProgressService progress;
    private final ReportingStatusService reporting;
    private final OverviewCache cache;
    private final RenderedHtml.Renderer renderer;
    private final DataTexts texts;

    OverviewController(ProgressService progress, ReportingStatusService reporting, OverviewCache cache, RenderedHtml.Renderer renderer,
                       DataTexts texts) {
        this.progress = progress;
        this.reporting = reporting;
        this.cache = cache;
        this.renderer = renderer;
        this.texts = texts;
    }

    @GetMapping("/overview")
    String page(@RequestParam(required = false) Integer cycle, @RequestParam(required = false) String type, Model model,
                java.util.Locale locale) {
        var overview = progress.overview(cycle, type);
        model.addAttribute("o", overview);
        model.addAttribute("allCycles", reporting.cycles());
        model.addAttribute("types", StakeholderType.values());
        model.addAttribute("cycle", cycle);
        var kind = progress.reportingFilter(cycle, type); // an unknown cycle or kind is refused before anything is rendered
        model.addAttribute("type", kind);
        String filterQuery = filterQuery(cycle, kind);
        model.addAttribute("filterQuery", filterQuery);
        // the reporting-status section (a world map of 177 outlines and a row per State) is most of the page's rendering:
        // rendered once per cycle, kind and language and kept with its figures; they are computed inside the rendering, so
        // that a publication during it (which evicts the section) leaves nothing kept from the figures before it
        model.addAttribute("statusSection", cache.mapSection(filterQuery + "|" + locale.toLanguageTag() + "@" + java.time.LocalDate.now(),
                () -> renderer.render("progress/fragments", "reportingStatus", java.util.Map.of(
                        "map", progress.computeReportingMap(cycle, type, locale), "filterQuery", filterQuery), locale)));
        model.addAttribute("currentCycle", reporting.currentCycle());
        // labelled with the areas' short titles ("2. Women, peace and security"), not their numbers alone; in English, so
        // marked, where no official translation is loaded
        model.addAttribute("chart", BarChart.of(overview.actionsPerArea().entrySet().stream().map(e -> {
            var title = texts.of("area", e.getKey(), "short_title", overview.areaTitles().get(e.getKey() - 1), locale);
            return new BarChart.Point(e.getKey() + ". " + title.text(), title.lang().equals(locale.getLanguage()) ? null : title.lang(),
                    e.getValue().values().stream().mapToInt(Integer::intValue).sum());
        }).toList()));
        return "progress/overview";
    }

    /**
     * Every stakeholder's reporting status in a cycle, a row each: the list behind the overview's map, on a page of its own
     * so that the overview stays light on a phone. The same filters as the overview; kept like its map section.
     */
    @GetMapping("/overview/reporting-status")
    String reportingStatus(@RequestParam(required = false) Integer cycle, @RequestParam(required = false) String type, Model model,
                           java.util.Locale locale) {
        var kind = progress.reportingFilter(cycle, type); // an unknown cycle or kind is refused before anything is rendered
        String filterQuery = filterQuery(cycle, kind);
        model.addAttribute("type", kind);
        model.addAttribute("mapCycle", cycle == null ? reporting.currentCycle() : cycle);
        model.addAttribute("rowsSection", cache.mapSection("rows" + filterQuery + "|" + locale.toLanguageTag() + "@" + java.time.LocalDate.now(),
                () -> renderer.render("progress/fragments", "reportingStatusRows", java.util.Map.of(
                        "map", progress.computeReportingMap(cycle, type, locale), "filterQuery", filterQuery), locale)));
        return "progress/reporting-status";
    }

    /** The filters for links (downloads, the list, back to the overview); only validated values (a known cycle, a type's name) go in. */
    private static String filterQuery(Integer cycle, StakeholderType kind) {
        var query = UriComponentsBuilder.newInstance();
        if (cycle != null) {
            query.queryParam("cycle", cycle);
        }
        if (kind != null) {
            query.queryParam("type", kind.name());
        }
        return query.build().toUriString();
    }
}
