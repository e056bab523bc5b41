package org.a4ptracker.progress;

import java.util.List;
import java.util.stream.Collectors;

/** A stakeholder's own report as PDF: its reporting status per cycle and its published actions. */
final class StakeholderReportPdf {

    private StakeholderReportPdf() {
    }

    static byte[] render(StakeholderReport report) {
        return Pdf.document("A4P Tracker report of " + report.name(), (document, writer) -> {
            document.add(Pdf.paragraph(report.name() + " (" + report.code() + ")", Pdf.TITLE));
            document.add(Pdf.paragraph("A4P Tracker — stakeholder report, generated on " + report.generatedOn()
                    + " from published data only.", Pdf.TEXT));
            if (report.sample()) {
                document.add(Pdf.paragraph("Includes generated sample data: not an official report", Pdf.WARNING));
            }
            document.add(Pdf.heading("Reporting status per cycle"));
            document.add(Pdf.table(List.of("Cycle", "Due on", "Status", "Published actions"), report.statuses().stream()
                    .map(s -> List.of(String.valueOf(s.cycle()), String.valueOf(s.dueOn()), StakeholderReport.label(s.overall()),
                            String.valueOf(s.publishedActions()))).toList(), 1, 1.5f, 1.5f, 1.5f));
            document.add(Pdf.heading("Published actions (" + report.actions().size() + ")"));
            document.add(Pdf.table(List.of("Title", "Cycle", "Commitments", "Status"), report.actions().stream()
                    .map(a -> List.of(a.title(), String.valueOf(a.reportingCycle()),
                            a.commitments().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            ProgressReportPdf.statusName(a.status().name()))).toList(), 6, 1, 2, 1.5f));
        });
    }
}
