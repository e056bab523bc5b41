package org.a4ptracker.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.a4ptracker.shared.SpreadsheetCells;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A stakeholder's own report as XLSX: sheets "status" and "actions", every cell text, user text neutralised. */
final class StakeholderReportXlsx {

    static final List<String> STATUS_HEADER = List.of("stakeholder_code", "cycle", "due_on", "status", "published_actions");
    static final List<String> ACTIONS_HEADER = List.of("id", "title", "stakeholder_code", "stakeholder", "reporting_cycle",
            "commitments", "status", "published_at");

    private StakeholderReportXlsx() {
    }

    static byte[] render(StakeholderReport report) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            XlsxTables.write(workbook.createSheet("status"), STATUS_HEADER, report.statuses().stream()
                    .map(s -> List.of(report.code(), String.valueOf(s.cycle()), String.valueOf(s.dueOn()),
                            StakeholderReport.label(s.overall()), String.valueOf(s.publishedActions()))).toList());
            XlsxTables.write(workbook.createSheet("actions"), ACTIONS_HEADER, report.actions().stream()
                    .map(a -> List.of(String.valueOf(a.id()), SpreadsheetCells.neutralise(a.title()), a.stakeholderCode(),
                            SpreadsheetCells.neutralise(report.name()), String.valueOf(a.reportingCycle()),
                            a.commitments().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            a.status().name(), a.publishedAt() == null ? "" : a.publishedAt().toString())).toList());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
