package org.a4ptracker.progress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.SpreadsheetCells;
import org.a4ptracker.shared.Text;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A stakeholder's own report as XLSX: sheets "status" and "actions", every cell text, user text neutralised. Headings,
 * statuses and the stakeholder's name are in the reader's language; codes, dates and numbers are written as machines
 * read them.
 */
final class StakeholderReportXlsx {

    /** The columns, headed in the reader's language by the messages {@code column.<name>}. */
    static final List<String> STATUS_HEADER = List.of("stakeholder_code", "cycle", "due_on", "status", "published_actions");
    static final List<String> ACTIONS_HEADER = List.of("id", "title", "stakeholder_code", "stakeholder", "reporting_cycle",
            "commitments", "status", "published_at");

    private StakeholderReportXlsx() {
    }

    static byte[] render(StakeholderReport report, Messages messages, Locale locale) {
        String name = SpreadsheetCells.neutralise(report.names().in(locale));
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            XlsxTables.write(workbook.createSheet("status"), headings(STATUS_HEADER, messages, locale), report.statuses().stream()
                    .map(s -> List.of(report.code(), String.valueOf(s.cycle()), String.valueOf(s.dueOn()),
                            messages.text(Text.of("status." + s.overall().name()), locale), String.valueOf(s.publishedActions()))).toList());
            XlsxTables.write(workbook.createSheet("actions"), headings(ACTIONS_HEADER, messages, locale), report.actions().stream()
                    .map(a -> List.of(String.valueOf(a.id()), SpreadsheetCells.neutralise(a.title()), a.stakeholderCode(),
                            name, String.valueOf(a.reportingCycle()),
                            a.commitments().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            messages.text(Text.of("action.status." + a.status().name()), locale),
                            a.publishedAt() == null ? "" : a.publishedAt().toString())).toList());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headings(List<String> columns, Messages messages, Locale locale) {
        return columns.stream().map(c -> messages.text(Text.of("column." + c), locale)).toList();
    }
}
