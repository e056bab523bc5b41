package org.a4ptracker.survey;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Surveys", description = "Perception survey rounds and their results (suppressed under 5 respondents)")
class SurveyApiController {

    private final SurveyService surveys;
    private final ResultsService results;
    private final ResponseExport export;

    private final Messages messages;

    SurveyApiController(SurveyService surveys, ResultsService results, ResponseExport export, Messages messages) {
        this.messages = messages;
        this.surveys = surveys;
        this.results = results;
        this.export = export;
    }

    @GetMapping("/api/v1/surveys")
    @Operation(summary = "Survey rounds: published ones for everyone, all for reviewers")
    List<Round> rounds(CurrentUser me) {
        return surveys.rounds(me);
    }

    @GetMapping("/api/v1/surveys/{id}")
    @Operation(summary = "One round with its questionnaire")
    Round round(CurrentUser me, @PathVariable long id) {
        return surveys.rounds(me).stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFoundException("Survey round", id));
    }

    @GetMapping("/api/v1/surveys/{id}/results")
    @Operation(summary = "Results: response rates, perception per commitment, group and area, change since 'compare' (default: the round it was copied from)")
    RoundResults results(CurrentUser me, @PathVariable long id, @RequestParam(required = false) Long compare) {
        return results.results(me, id, compare);
    }

    static final List<String> RESULTS_HEADER = List.of("commitment", "group", "respondents", "dont_know", "share_significant_or_full",
            "mean_score", "ci_low", "ci_high", "suppressed", "sample");

    @GetMapping("/api/v1/surveys/{id}/results.{format:csv|xlsx}")
    @Operation(summary = "Results per commitment and group as CSV or XLSX (figures as numbers); a withheld figure has empty cells and"
            + " its reason in 'suppressed' (FEWER_THAN_5, or COMPLEMENTARY: withheld so that no figure under 5 follows by subtraction)")
    void resultsDownload(CurrentUser me, @PathVariable long id, @PathVariable String format, HttpServletResponse response)
            throws IOException {
        var res = results.results(me, id, null);
        boolean sample = res.round().sample();
        TableDownload.send(response, TableWriter.Format.of(format), "survey-" + id + "-results", RESULTS_HEADER, messages, table -> {
            for (var c : res.commitments()) {
                table.row(resultRow(c.commitment(), "ALL", c.overall(), sample));
                c.byGroup().forEach((group, summary) -> table.row(resultRow(c.commitment(), group.name(), summary, sample)));
            }
        });
    }

    @GetMapping("/api/v1/surveys/{id}/results-by-area.{format:csv|xlsx}")
    @Operation(summary = "Results per area (the answers about the area's commitments pooled) with the change since the compared"
            + " round, as CSV or XLSX; withheld figures are empty with their reason in 'suppressed' / 'change_suppressed'")
    void areaResultsDownload(CurrentUser me, @PathVariable long id, @PathVariable String format,
                             @RequestParam(required = false) Long compare, HttpServletResponse response) throws IOException {
        var res = results.figures(me, id, compare);
        boolean sample = res.round().sample();
        var header = List.of("area", "title", "respondents", "dont_know", "share_significant_or_full", "mean_score", "ci_low", "ci_high",
                "suppressed", "compared_with", "change", "change_ci_low", "change_ci_high", "change_suppressed", "sample");
        TableDownload.send(response, TableWriter.Format.of(format), "survey-" + id + "-results-by-area", "areas", header, messages, table -> {
            for (var a : res.areas()) {
                var row = new ArrayList<Object>(List.of(a.area(), a.title()));
                row.addAll(a.overall().cells());
                var ch = a.change();
                row.add(res.comparedWith() == null ? null : res.comparedWith().title());
                row.addAll(ch == null ? java.util.Arrays.asList(null, null, null, null) : ch.cells());
                row.add(sample);
                table.row(row);
            }
        });
    }

    @GetMapping("/api/v1/review/surveys/{id}/responses.csv")
    @Operation(summary = "Every submitted response, one row each (reviewers); formula-like text is neutralised")
    void responsesCsv(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"a4p-survey-" + id + "-responses.csv\"");
        export.csv(me, id, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    @GetMapping("/api/v1/review/surveys/{id}/responses.xlsx")
    @Operation(summary = "Every submitted response as an Excel workbook (reviewers); cells are text, never formulas")
    void responsesXlsx(CurrentUser me, @PathVariable long id, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"a4p-survey-" + id + "-responses.xlsx\"");
        export.xlsx(me, id, response.getOutputStream());
    }

    private static List<Object> resultRow(int commitment, String group, SurveyStatistics.Summary s, boolean sample) {
        var row = new ArrayList<Object>(List.of(commitment, group));
        row.addAll(s.cells());
        row.add(sample ? "sample" : "");
        return row;
    }
}
