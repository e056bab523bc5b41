package org.a4ptracker.export;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.indicator.Period;
import org.a4ptracker.indicator.ValueFilter;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.InvalidValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Open data", description = "Everything published, as a zip of CSV files with a Frictionless descriptor, and indicator values as SDMX-CSV")
class OpenDataApiController {

    private final OpenDataPackage openData;
    private final SdmxCsv sdmx;

    OpenDataApiController(OpenDataPackage openData, SdmxCsv sdmx) {
        this.openData = openData;
        this.sdmx = sdmx;
    }

    @GetMapping("/api/v1/open-data.zip")
    @Operation(summary = "The open-data package: one CSV per table of published data and datapackage.json (Frictionless), streamed")
    void openData(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"a4p-tracker-open-data.zip\"");
        openData.write(response.getOutputStream());
    }

    /** The media type of SDMX-CSV 1.0 data, answered to a client that asks for it (Accept) on either address. */
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    @GetMapping(value = "/api/v1/indicator-values", produces = SDMX_CSV)
    @Operation(summary = "Indicator values as SDMX-CSV 1.0, for a client that asks for " + SDMX_CSV + "; as /api/v1/indicator-values.sdmx.csv")
    void sdmxCsvAsked(CurrentUser me, @RequestParam(required = false) String indicator, @RequestParam(required = false) String reporter,
                      @RequestParam(required = false) String period, @RequestParam(required = false) String disaggregation,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        sdmxCsv(me, indicator, reporter, period, disaggregation, from, to, request, response);
    }

    @GetMapping("/api/v1/indicator-values.sdmx.csv")
    @Operation(summary = "Indicator values as SDMX-CSV 1.0 (dataflow A4P:INDICATORS(1.0)); same filters as /api/v1/indicator-values.csv; approved only unless you are a reviewer")
    void sdmxCsv(CurrentUser me, @RequestParam(required = false) String indicator, @RequestParam(required = false) String reporter,
                 @RequestParam(required = false) String period, @RequestParam(required = false) String disaggregation,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        var filter = new ValueFilter(blank(indicator), blank(reporter), canonical("period", period), blank(disaggregation),
                canonical("from", from), canonical("to", to));
        String accept = request.getHeader("Accept");
        response.setContentType(accept != null && accept.contains(SDMX_CSV) ? SDMX_CSV + "; version=1.0.0"
                : "text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"a4p-indicator-values.sdmx.csv\"");
        sdmx.write(me, filter, response.getOutputStream());
    }

    private static String canonical(String parameter, String period) {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return Period.parse(period).toString();
        } catch (InvalidValue e) {
            throw new BadRequestException(parameter, e.text());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
