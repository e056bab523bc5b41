package org.a4ptracker.progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The overview's figures as JSON and each of its tables as CSV, narrowed by cycle and kind of stakeholder. */
@RestController
@Tag(name = "Progress", description = "The overview of progress: endorsements, reporting, actions, perception, indicators off track")
class OverviewApiController {

    private final ProgressService progress;

    private final Messages messages;

    OverviewApiController(ProgressService progress, Messages messages) {
        this.messages = messages;
        this.progress = progress;
    }

    @GetMapping("/api/v1/overview")
    @Operation(summary = "The overview's figures, from live published data")
    Overview json(@RequestParam(required = false) Integer cycle, @RequestParam(required = false) String type) {
        return progress.overview(cycle, type);
    }

    @GetMapping("/api/v1/overview/reporting-status")
    @Operation(summary = "Reporting status in a cycle (default: the current one) of every stakeholder of a kind (default: the States)")
    ReportingMap reportingStatus(@RequestParam(required = false) Integer cycle, @RequestParam(required = false) String type,
                                 java.util.Locale locale) {
        return progress.reportingMap(cycle, type, locale);
    }

    /** One of the overview's tables as a header and rows; the table writer neutralises text from users (round titles). */
    private record Table(List<String> header, List<List<Object>> rows) {
    }

    /** Codes and English names for machines (CSV); an XLSX labels them in the reader's language (see {@link TableWriter.Label}). */
    private Table table(String table, Integer onlyCycle, String onlyType, java.util.Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        if (table.equals("reporting-status")) {
            var map = progress.reportingMap(onlyCycle, onlyType, java.util.Locale.ENGLISH);
            var names = new java.util.HashMap<String, String>();
            progress.reportingMap(onlyCycle, onlyType, locale).rows().forEach(r -> names.put(r.code(), r.name()));
            // overdue_cycle: while the cycle is open, the cycle before when the stakeholder's report for it is missing (empty otherwise)
            map.rows().forEach(r -> rows.add(java.util.Arrays.asList(r.code(), TableWriter.Label.name(r.name(), names.get(r.code())),
                    TableWriter.Label.of("stakeholder.type.", r.type()), map.cycle(), TableWriter.Label.of("status.", r.state()),
                    r.publishedActions(), r.sample(), r.overdueCycle())));
            return new Table(List.of("stakeholder", "name", "stakeholder_type", "cycle", "status", "published_actions", "sample",
                    "overdue_cycle"), rows);
        }
        var o = progress.overview(onlyCycle, onlyType);
        List<String> header = switch (table) {
            case "reporting-rates" -> {
                o.reportingRates().forEach((type, perCycle) -> perCycle.forEach((cycle, r) ->
                        rows.add(java.util.Arrays.asList(TableWriter.Label.of("stakeholder.type.", type), cycle, r.reporting(), r.total(),
                                r.share()))));
                yield List.of("stakeholder_type", "cycle", "reporting", "total", "share");
            }
            case "actions-per-area" -> {
                o.actionsPerArea().forEach((area, perCycle) -> o.cycles().forEach(cycle ->
                        rows.add(List.of(area, cycle, perCycle.getOrDefault(cycle, 0)))));
                yield List.of("area", "cycle", "published_actions");
            }
            case "perception-per-area" -> {
                o.perceptionPerArea().forEach((area, perRound) -> perRound.forEach((round, mean) ->
                        rows.add(List.of(area, round, mean))));
                yield List.of("area", "round", "mean_score");
            }
            default -> throw new NotFoundException("Overview table", table);
        };
        return new Table(header, rows);
    }

    @GetMapping("/api/v1/overview/{table}.{format:csv|xlsx}")
    @Operation(summary = "One table of the overview as CSV or XLSX (numbers as numbers): reporting-rates, reporting-status,"
            + " actions-per-area or perception-per-area")
    void download(@PathVariable String table, @PathVariable String format, @RequestParam(name = "cycle", required = false) Integer onlyCycle,
                  @RequestParam(name = "type", required = false) String onlyType, java.util.Locale locale,
                  HttpServletResponse response) throws IOException {
        var t = table(table, onlyCycle, onlyType, locale);
        TableDownload.send(response, TableWriter.Format.of(format), "overview-" + table, table, t.header(), messages,
                rows -> t.rows().forEach(rows::row));
    }
}
