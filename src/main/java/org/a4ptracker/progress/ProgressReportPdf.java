package org.a4ptracker.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import org.a4ptracker.action.ActionSummary;

/** The progress report of one cycle as PDF: cover, summary figures, a section per area, the actions in an annex. */
final class ProgressReportPdf {

    private ProgressReportPdf() {
    }

    static byte[] render(ProgressReport report) {
        return Pdf.document("A4P Tracker progress report " + report.cycle(), (document, writer) -> {
            cover(document, report);
            summary(document, writer, report);
            areas(document, writer, report);
            annex(document, writer, report.actions());
        });
    }

    private static void cover(Document document, ProgressReport report) {
        document.add(Pdf.paragraph("A4P Tracker — progress report", Pdf.TITLE));
        document.add(Pdf.paragraph("Reporting cycle " + report.cycle(), Pdf.HEADING));
        document.add(Pdf.paragraph("Generated on " + report.generatedOn() + " from published data only.", Pdf.TEXT));
        if (report.sample()) {
            document.add(Pdf.paragraph("Includes generated sample data: not an official report", Pdf.WARNING));
        }
    }

    private static void summary(Document document, PdfWriter writer, ProgressReport report) {
        var o = report.overview();
        int cycle = report.cycle();
        document.add(Pdf.heading("Summary"));
        document.add(Pdf.paragraph(o.endorsements() == null ? "Endorsements of the Declaration: no published count."
                : "Endorsements of the Declaration: " + o.endorsements() + " (as of " + o.endorsementsAsOf() + ").", Pdf.TEXT));
        document.add(Pdf.paragraph("Published actions in the cycle: " + report.actions().size() + ".", Pdf.TEXT));
        var rates = new ArrayList<List<String>>();
        o.reportingRates().forEach((type, perCycle) -> {
            var r = perCycle.get(cycle);
            rates.add(List.of(typeName(type), r == null ? "0" : String.valueOf(r.reporting()), r == null ? "0" : String.valueOf(r.total()),
                    r == null || r.share() == null ? "—" : r.share().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%"));
        });
        document.add(Pdf.paragraph("Reporting rate per stakeholder type (at least one published action in " + cycle + ")", Pdf.TEXT));
        document.add(Pdf.table(List.of("Stakeholder type", "Reporting", "Total", "Rate"), rates, 4, 1.5f, 1.5f, 1.5f));
        var labels = new ArrayList<String>();
        var amounts = new ArrayList<Double>();
        var rows = new ArrayList<List<String>>();
        o.actionsPerArea().forEach((area, perCycle) -> {
            int n = perCycle.getOrDefault(cycle, 0);
            labels.add(String.valueOf(area));
            amounts.add((double) n);
            rows.add(List.of(o.areaTitles().get(area - 1), String.valueOf(n)));
        });
        document.add(Pdf.paragraph("Published actions per area in " + cycle + " (an action counts once per area)", Pdf.TEXT));
        document.add(Pdf.barChart(writer, labels, amounts, amounts.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        document.add(Pdf.table(List.of("Area", "Published actions"), rows, 5, 2));
    }

    private static void areas(Document document, PdfWriter writer, ProgressReport report) {
        var o = report.overview();
        o.actionsPerArea().forEach((area, perCycle) -> {
            document.add(Pdf.heading(o.areaTitles().get(area - 1)));
            document.add(Pdf.paragraph("Published actions in " + report.cycle() + ": " + perCycle.getOrDefault(report.cycle(), 0) + ".", Pdf.TEXT));
            Map<String, BigDecimal> perception = o.perceptionPerArea().getOrDefault(area, Map.of());
            if (o.rounds().isEmpty()) {
                document.add(Pdf.paragraph("No published perception survey round yet.", Pdf.TEXT));
                return;
            }
            var amounts = o.rounds().stream().map(r -> perception.get(r) == null ? null : perception.get(r).doubleValue()).toList();
            var labels = new ArrayList<String>();
            for (int i = 0; i < o.rounds().size(); i++) {
                labels.add("Round " + (i + 1));
            }
            document.add(Pdf.paragraph("Perceived progress, mean score (0 none to 4 full) per published round", Pdf.TEXT));
            document.add(Pdf.barChart(writer, labels, amounts, 4));
            var rows = new ArrayList<List<String>>();
            for (int i = 0; i < o.rounds().size(); i++) {
                var mean = perception.get(o.rounds().get(i));
                rows.add(List.of(labels.get(i), o.rounds().get(i), mean == null ? "suppressed or no answer" : mean.toPlainString()));
            }
            document.add(Pdf.table(List.of("Round", "Title", "Mean score"), rows, 1.2f, 4, 2));
        });
    }

    private static void annex(Document document, PdfWriter writer, List<ActionSummary> actions) {
        document.add(Pdf.pageBreak());
        document.add(Pdf.heading("Annex: published actions of the cycle (" + actions.size() + ")"));
        var rows = actions.stream().map(a -> List.of(a.title(), a.stakeholderName(java.util.Locale.ENGLISH),
                a.commitments().stream().map(String::valueOf).collect(Collectors.joining(", ")), statusName(a.status().name()))).toList();
        Pdf.largeTable(document, writer, List.of("Title", "Stakeholder", "Commitments", "Status"), rows, 5, 3, 1.5f, 1.5f);
    }

    static String typeName(String type) {
        String s = type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String statusName(String status) {
        return typeName(status);
    }
}
