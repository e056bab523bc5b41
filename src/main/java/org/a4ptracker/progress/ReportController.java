package org.a4ptracker.progress;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.a4ptracker.shared.DataTexts;
import org.a4ptracker.shared.Messages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Reports generated on demand from published data: a cycle's progress report, a stakeholder's own report. */
@Controller
@Tag(name = "Reports", description = "Progress report per cycle (PDF) and a stakeholder's own report (PDF, XLSX), published data only")
class ReportController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportService reports;
    private final Messages messages;
    private final DataTexts texts;

    ReportController(ReportService reports, Messages messages, DataTexts texts) {
        this.reports = reports;
        this.messages = messages;
        this.texts = texts;
    }

    @GetMapping("/reports/progress/{cycle}.pdf")
    @Operation(summary = "The progress report of a reporting cycle as PDF")
    ResponseEntity<byte[]> progress(@PathVariable int cycle, Locale locale) {
        return file(ProgressReportPdf.render(reports.progressReport(cycle), new ReportText(messages, locale), texts), MediaType.APPLICATION_PDF,
                "a4p-progress-report-" + cycle + ".pdf");
    }

    @GetMapping("/reports/stakeholders/{code}.pdf")
    @Operation(summary = "A stakeholder's reporting status per cycle and published actions as PDF")
    ResponseEntity<byte[]> stakeholderPdf(@PathVariable String code, Locale locale) {
        var report = reports.stakeholderReport(code);
        return file(StakeholderReportPdf.render(report, new ReportText(messages, locale)), MediaType.APPLICATION_PDF, "a4p-report-" + report.code() + ".pdf");
    }

    @GetMapping("/reports/stakeholders/{code}.xlsx")
    @Operation(summary = "A stakeholder's reporting status per cycle and published actions as XLSX")
    ResponseEntity<byte[]> stakeholderXlsx(@PathVariable String code, Locale locale) {
        var report = reports.stakeholderReport(code);
        return file(StakeholderReportXlsx.render(report, messages, locale), XLSX, "a4p-report-" + report.code() + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
