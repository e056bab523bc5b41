package org.a4ptracker.progress;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An area's commitments × evidence grid as CSV or XLSX: the same figures as the table on the area's page. */
@RestController
@Tag(name = "Progress")
class EvidenceGridApiController {

    private final EvidenceGridSection grids;

    private final Messages messages;

    EvidenceGridApiController(EvidenceGridSection grids, Messages messages) {
        this.messages = messages;
        this.grids = grids;
    }

    @GetMapping("/api/v1/areas/{number}/evidence.{format:csv|xlsx}")
    @Operation(summary = "An area's commitments against published actions, perceived progress in the latest published round and"
            + " indicators with their latest attainment; a withheld perception (fewer than 5 respondents) has status SUPPRESSED and"
            + " its reason in perception_suppressed, a missing kind is empty")
    void download(@PathVariable int number, @PathVariable String format, HttpServletResponse response) throws IOException {
        var grid = grids.grid(number);
        var header = List.of("area", "commitment", "actor", "published_actions", "survey_round", "perception_status", "respondents",
                "mean_score", "perception_suppressed", "indicators", "attainment");
        TableDownload.send(response, TableWriter.Format.of(format), "area-" + number + "-evidence", "evidence", header, messages, rows -> {
            for (var r : grid.rows()) {
                var p = r.perception();
                String status = grid.round() == null ? "NO_PUBLISHED_ROUND" : p == null ? "NOT_ASKED" : p.suppressed() ? "SUPPRESSED" : "SHOWN";
                boolean shown = "SHOWN".equals(status);
                rows.row(grid.area(), r.commitment(), TableWriter.Label.of("actor.", r.actor()), r.publishedActions(),
                        grid.round() == null ? null : grid.round().title(), TableWriter.Label.of("download.perception.", status), shown ? p.respondents() : null, shown ? p.meanScore() : null,
                        TableWriter.Label.of("surveys.withheld.", p == null || !p.suppressed() ? null : p.suppression()),
                        r.indicators().stream().map(EvidenceGridSection.IndicatorCell::code).collect(Collectors.joining(";")),
                        r.indicators().stream().flatMap(i -> i.attainment().stream()
                                .map(a -> i.code() + " " + a.breakdown() + " " + a.year() + ": " + a.state().name()))
                                .collect(Collectors.joining("; ")));
            }
        });
    }
}
