package org.a4ptracker.indicator;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.TableDownload;
import org.a4ptracker.shared.TableWriter;
import org.a4ptracker.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Indicators", description = "Indicator definitions and targets, values (approved for the public), entry and approval")
class IndicatorApiController {

    /** A value as sent by a machine: amount must be a JSON number; text such as "N/A" is refused. */
    record ValueInput(String indicator, String disaggregation, Object amount, Boolean notApplicable, String note) {
    }

    record Move(Integer lockVersion, String reason) {
    }

    private final IndicatorService indicators;
    private final IndicatorDataService data;
    private final IndicatorImportService imports;

    private final Messages messages;

    IndicatorApiController(IndicatorService indicators, IndicatorDataService data, IndicatorImportService imports, Messages messages) {
        this.messages = messages;
        this.indicators = indicators;
        this.data = data;
        this.imports = imports;
    }

    @PostMapping(value = "/api/v1/indicator-entry/{reporter}/import", consumes = "multipart/form-data")
    @Operation(summary = "Import values from .csv or .xlsx (columns indicator, period, disaggregation, value, not_applicable, note);"
            + " dryRun=true only checks; errors by row and column; all rows or none")
    IndicatorImportResult importFile(CurrentUser me, @PathVariable String reporter,
                                     @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                                     @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        return imports.importValues(me, reporter, file.getOriginalFilename(), file.getInputStream(), dryRun);
    }

    @GetMapping("/api/v1/indicator-entry/template.csv")
    @Operation(summary = "Import template (CSV UTF-8)")
    org.springframework.http.ResponseEntity<byte[]> template() {
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"a4p-indicator-values-template.csv\"")
                .body(IndicatorImportTemplate.csv());
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The indicator catalogue with units, aggregation rules, disaggregations, commitments and targets")
    List<Indicator> catalogue() {
        return indicators.catalogue();
    }

    @GetMapping("/api/v1/indicators/{code}")
    @Operation(summary = "One indicator")
    Indicator indicator(@PathVariable String code) {
        return indicators.indicator(code);
    }

    @GetMapping("/api/v1/indicators/{code}/series")
    @Operation(summary = "Yearly series for a disaggregation (default _T, total), optionally of one reporter, with attainment of targets")
    SeriesView series(CurrentUser me, @PathVariable String code, @RequestParam(required = false) String disaggregation,
                      @RequestParam(required = false) String reporter) {
        return indicators.series(me, code, disaggregation, reporter);
    }

    @GetMapping("/api/v1/indicators/{code}/series.{format:csv|xlsx}")
    @Operation(summary = "The yearly series of the indicator page's chart and table as CSV or XLSX, with the same parameters;"
            + " a year without data is empty with status NOT_REPORTED, never 0")
    void seriesTable(CurrentUser me, @PathVariable String code, @PathVariable String format,
                     @RequestParam(required = false) String disaggregation, @RequestParam(required = false) String reporter,
                     HttpServletResponse response) throws IOException {
        var series = indicators.series(me, code, disaggregation, reporter);
        var header = List.of("indicator", "disaggregation", "reporter", "year", "status", "value", "published_value", "published_note",
                "reporters_with_data", "attainment", "attainment_rule", "provisional_included", "sample");
        TableDownload.send(response, TableWriter.Format.of(format), "series-" + series.indicator().code(), "series", header, messages, rows -> {
            for (var y : series.years()) {
                String status = y.computed() != null ? "REPORTED" : y.future() ? "FUTURE" : "NOT_REPORTED";
                rows.row(series.indicator().code(), series.disaggregation(), series.reporter(), y.year(),
                        TableWriter.Label.of("download.series.", status), y.computed(),
                        y.published(), y.publishedNote(), y.reportersWithData(),
                        TableWriter.Label.of("attainment.", y.attainment() == null ? null : y.attainment().state()),
                        y.attainment() == null ? null : new TableWriter.Label(Messages.english(y.attainment().rule()), y.attainment().rule()),
                        series.provisional(), y.sample());
            }
        });
    }

    @GetMapping("/api/v1/indicator-values")
    @Operation(summary = "Values filtered by indicator, reporter, period, disaggregation, from/to period; approved only unless you are a reviewer")
    Page<IndicatorValue> values(CurrentUser me, @RequestParam(required = false) String indicator,
                                @RequestParam(required = false) String reporter, @RequestParam(required = false) String period,
                                @RequestParam(required = false) String disaggregation, @RequestParam(required = false) String from,
                                @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return indicators.values(me, filter(indicator, reporter, period, disaggregation, from, to), PageRequest.of(page, size));
    }

    static final List<String> VALUES_HEADER = List.of("indicator", "reporter", "period", "disaggregation", "value", "not_applicable",
            "note", "source", "status", "sample");
    static final List<String> CATALOGUE_HEADER = List.of("code", "name", "unit", "direction", "aggregation", "numerator",
            "denominator", "frequency", "commitments", "source");

    @GetMapping("/api/v1/indicator-values.{format:csv|xlsx}")
    @Operation(summary = "The same query as CSV or XLSX (values as numbers), streamed row by row (any size, constant memory)")
    void download(CurrentUser me, @PathVariable String format, @RequestParam(required = false) String indicator,
                  @RequestParam(required = false) String reporter, @RequestParam(required = false) String period,
                  @RequestParam(required = false) String disaggregation, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        var filter = filter(indicator, reporter, period, disaggregation, from, to);
        TableDownload.send(response, TableWriter.Format.of(format), "indicator-values", VALUES_HEADER, messages, table ->
                indicators.stream(me, filter, v -> table.row(v.indicator(), v.reporter(), v.period(), v.disaggregation(), v.amount(),
                        v.notApplicable() ? new TableWriter.Label("yes", Text.of("download.yes")) : "", v.note(), v.source(),
                        TableWriter.Label.of("download.value.", v.approved() ? "approved" : "provisional"),
                        v.sample() ? new TableWriter.Label("sample", Text.of("common.sample")) : "")));
    }

    @GetMapping("/api/v1/indicators.{format:csv|xlsx}")
    @Operation(summary = "The indicator catalogue as CSV or XLSX, one row per indicator")
    void catalogueDownload(@PathVariable String format, HttpServletResponse response) throws IOException {
        TableDownload.send(response, TableWriter.Format.of(format), "indicators", CATALOGUE_HEADER, messages, table ->
                indicators.catalogue().forEach(i -> table.row(i.code(), i.name(), TableWriter.Label.of("indicator.unit.", i.unit()),
                        TableWriter.Label.of("indicator.direction.", i.direction()), TableWriter.Label.of("indicator.aggregation.", i.aggregation()),
                        i.numerator(), i.denominator(), TableWriter.Label.of("indicator.frequency.", i.frequency()), i.commitments(), i.source())));
    }

    @GetMapping("/api/v1/indicator-entry/{reporter}/{period}")
    @Operation(summary = "The entry grid of a reporter and period, with its approval state (the reporter's focal points, reviewers)")
    EntryGrid grid(CurrentUser me, @PathVariable String reporter, @PathVariable String period) {
        return data.grid(me, reporter, period);
    }

    @PutMapping("/api/v1/indicator-entry/{reporter}/{period}")
    @Operation(summary = "Save values of a reporter and period: all or none. amount must be a number; or notApplicable with a note")
    EntryGrid save(CurrentUser me, @PathVariable String reporter, @PathVariable String period, @RequestBody List<ValueInput> body) {
        var cells = new java.util.ArrayList<CellInput>();
        for (int i = 0; i < body.size(); i++) {
            cells.add(cell(body.get(i), i));
        }
        data.save(me, reporter, period, cells);
        return data.grid(me, reporter, period);
    }

    @PostMapping("/api/v1/indicator-entry/{reporter}/{period}/{transition:submit|approve|return|unlock}")
    @Operation(summary = "Submit (focal point), approve or return with reason (reviewer), unlock with reason (administrator)")
    EntryGrid move(CurrentUser me, @PathVariable String reporter, @PathVariable String period, @PathVariable String transition,
                   @RequestBody Move move) {
        if (move == null || move.lockVersion() == null) {
            throw new BadRequestException("lockVersion", "indicator.problem.lock-version");
        }
        data.move(me, reporter, period, PeriodWorkflow.Transition.valueOf(transition.toUpperCase()), move.lockVersion(), move.reason());
        return data.grid(me, reporter, period);
    }

    @ExceptionHandler(InvalidValuesException.class)
    ProblemDetail invalid(InvalidValuesException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.text(Text.of("indicator.problem.values", e.problems().size())));
        problem.setTitle(messages.text(Text.of("indicator.problem.values.title")));
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("indicator", p.indicator(), "disaggregation",
                p.disaggregation(), "message", messages.text(p.message()), "code", p.message().key(), "warning", p.warning())).toList());
        return problem;
    }

    /** One value of a grid body as a cell, or a 400 naming what is wrong with it (a number must be finite and alone). */
    private static CellInput cell(ValueInput v, int index) {
        if (v == null || v.indicator() == null) {
            throw new BadRequestException("[" + index + "].indicator", "input.required");
        }
        Object amount = v.amount();
        if (amount != null && !(amount instanceof Number)) {
            throw new BadRequestException("[" + index + "].amount", "indicator.problem.json-number", String.valueOf(amount));
        }
        if (amount instanceof Double d && !Double.isFinite(d) || amount instanceof Float f && !Float.isFinite(f)) {
            throw new BadRequestException("[" + index + "].amount", "indicator.amount.out-of-range");
        }
        if (amount != null && Boolean.TRUE.equals(v.notApplicable())) {
            throw new BadRequestException("[" + index + "].amount", "indicator.amount.not-applicable");
        }
        String typed = amount == null ? null : new BigDecimal(amount.toString()).toPlainString();
        return new CellInput(v.indicator(), v.disaggregation() == null ? Indicator.TOTAL : v.disaggregation(), typed,
                Boolean.TRUE.equals(v.notApplicable()), v.note());
    }

    private static ValueFilter filter(String indicator, String reporter, String period, String disaggregation, String from, String to) {
        for (String p : new String[]{period, from, to}) {
            if (p != null && !p.isBlank()) {
                IndicatorDataService.period(p);
            }
        }
        return new ValueFilter(blank(indicator), blank(reporter), canonical(period), blank(disaggregation), canonical(from),
                canonical(to));
    }

    private static String canonical(String period) {
        return period == null || period.isBlank() ? null : IndicatorDataService.period(period).toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
