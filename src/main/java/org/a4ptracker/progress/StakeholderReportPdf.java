package org.a4ptracker.progress;

import java.util.List;
import java.util.stream.Collectors;

/** A stakeholder's own report as PDF, in the reader's language: its reporting status per cycle and its published actions. */
final class StakeholderReportPdf {

    private StakeholderReportPdf() {
    }

    static byte[] render(StakeholderReport report, ReportText text) {
        var pdf = new Pdf(text.locale());
        String name = report.names().in(text.locale());
        return pdf.document(text.of("report.stakeholder.document", name), (document, writer) -> {
            document.add(pdf.paragraph(name + " (" + report.code() + ")", Pdf.TITLE));
            document.add(pdf.paragraph(text.of("report.stakeholder.generated", report.generatedOn()), Pdf.TEXT));
            if (report.sample()) {
                document.add(pdf.paragraph(text.of("report.sample"), Pdf.WARNING));
            }
            document.add(pdf.heading(text.of("report.stakeholder.status")));
            document.add(pdf.table(List.of(text.of("report.col.cycle"), text.of("report.col.due"), text.of("report.col.status"),
                    text.of("report.col.actions")), report.statuses().stream()
                    .map(s -> List.of(String.valueOf(s.cycle()), text.of("report.date", s.dueOn()), text.of("status." + s.overall().name()),
                            text.of("report.count", s.publishedActions()))).toList(), 1, 1.5f, 1.5f, 1.5f));
            document.add(pdf.heading(text.of("report.stakeholder.actions", report.actions().size())));
            document.add(pdf.table(List.of(text.of("report.col.title"), text.of("report.col.cycle"), text.of("report.col.commitments"),
                    text.of("report.col.status")), report.actions().stream()
                    .map(a -> List.of(a.title(), String.valueOf(a.reportingCycle()),
                            a.commitments().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                            text.of("action.status." + a.status().name()))).toList(), 6, 1, 2, 1.5f));
        });
    }
}
