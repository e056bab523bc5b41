package org.a4ptracker.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfWriter;
import org.a4ptracker.action.ActionSummary;
import org.a4ptracker.shared.DataTexts;
import org.a4ptracker.shared.Formats;
import org.a4ptracker.shared.Languages;

/**
 * The progress report of one cycle as PDF, in the reader's language: cover, summary figures, a section per
 * area, the actions in an annex. Area titles are the Declaration's: official translations where loaded, else
 * English, and the report says so.
 */
final class ProgressReportPdf {

    private final ProgressReport report;
    private final ReportText text;
    private final DataTexts texts;
    private final Pdf pdf;

    private ProgressReportPdf(ProgressReport report, ReportText text, DataTexts texts) {
        this.report = report;
        this.text = text;
        this.texts = texts;
        this.pdf = new Pdf(text.locale());
    }

    static byte[] render(ProgressReport report, ReportText text, DataTexts texts) {
        var pdf = new ProgressReportPdf(report, text, texts);
        return pdf.pdf.document(text.of("report.progress.document", report.cycle()), (document, writer) -> {
            pdf.cover(document);
            pdf.summary(document, writer);
            pdf.areas(document, writer);
            pdf.annex(document, writer);
        });
    }

    private void cover(Document document) {
        document.add(pdf.paragraph(text.of("report.progress.title"), Pdf.TITLE));
        document.add(pdf.paragraph(text.of("report.progress.cycle", report.cycle()), Pdf.HEADING));
        document.add(pdf.paragraph(text.of("report.generated", report.generatedOn()), Pdf.TEXT));
        if (report.sample()) {
            document.add(pdf.paragraph(text.of("report.sample"), Pdf.WARNING));
        }
        if (!Languages.ENGLISH.equals(text.locale()) && area(1).fallback()) {
            document.add(pdf.paragraph(text.of("declaration.english-note"), Pdf.SMALL));
        }
    }

    private void summary(Document document, PdfWriter writer) {
        var o = report.overview();
        int cycle = report.cycle();
        document.add(pdf.heading(text.of("report.summary")));
        document.add(pdf.paragraph(o.endorsements() == null ? text.of("report.endorsements.none")
                : text.of("report.endorsements", o.endorsements(), java.time.LocalDate.parse(o.endorsementsAsOf())), Pdf.TEXT));
        document.add(pdf.paragraph(text.of("report.actions.count", report.actions().size()), Pdf.TEXT));
        var rates = new ArrayList<List<String>>();
        o.reportingRates().forEach((type, perCycle) -> {
            var r = perCycle.get(cycle);
            rates.add(List.of(text.of("stakeholder.type." + type), number(r == null ? 0 : r.reporting()),
                    number(r == null ? 0 : r.total()), r == null || r.share() == null ? "—" : Formats.percent(r.share(), 0, text.locale())));
        });
        document.add(pdf.paragraph(text.of("report.rates", cycle), Pdf.TEXT));
        document.add(pdf.table(List.of(text.of("report.col.type"), text.of("report.col.reporting"), text.of("report.col.total"),
                text.of("report.col.rate")), rates, 4, 1.5f, 1.5f, 1.5f));
        var labels = new ArrayList<String>();
        var amounts = new ArrayList<Double>();
        var rows = new ArrayList<List<String>>();
        o.actionsPerArea().forEach((area, perCycle) -> {
            int n = perCycle.getOrDefault(cycle, 0);
            labels.add(String.valueOf(area));
            amounts.add((double) n);
            rows.add(List.of(areaTitle(area), number(n)));
        });
        document.add(pdf.paragraph(text.of("report.per-area", cycle), Pdf.TEXT));
        document.add(pdf.barChart(writer, labels, amounts, amounts.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        document.add(pdf.table(List.of(text.of("report.col.area"), text.of("report.col.actions")), rows, 5, 2));
    }

    private void areas(Document document, PdfWriter writer) {
        var o = report.overview();
        o.actionsPerArea().forEach((area, perCycle) -> {
            document.add(pdf.heading(areaTitle(area)));
            document.add(pdf.paragraph(text.of("report.area.actions", report.cycle(), perCycle.getOrDefault(report.cycle(), 0)), Pdf.TEXT));
            Map<String, BigDecimal> perception = o.perceptionPerArea().getOrDefault(area, Map.of());
            if (o.rounds().isEmpty()) {
                document.add(pdf.paragraph(text.of("report.no-round"), Pdf.TEXT));
                return;
            }
            var amounts = o.rounds().stream().map(r -> perception.get(r) == null ? null : perception.get(r).doubleValue()).toList();
            var labels = new ArrayList<String>();
            var rows = new ArrayList<List<String>>();
            for (int i = 0; i < o.rounds().size(); i++) {
                var mean = perception.get(o.rounds().get(i));
                labels.add(String.valueOf(i + 1));
                rows.add(List.of(number(i + 1), o.rounds().get(i), mean == null ? text.of("report.suppressed") : number(mean)));
            }
            document.add(pdf.paragraph(text.of("report.perception"), Pdf.TEXT));
            document.add(pdf.barChart(writer, labels, amounts, 4));
            document.add(pdf.table(List.of(text.of("report.col.round"), text.of("report.col.title"), text.of("report.col.mean")),
                    rows, 1.2f, 4, 2));
        });
    }

    private void annex(Document document, PdfWriter writer) {
        List<ActionSummary> actions = report.actions();
        document.add(Pdf.pageBreak());
        document.add(pdf.heading(text.of("report.annex", actions.size())));
        var rows = actions.stream().map(a -> List.of(a.title(), a.stakeholderName(text.locale()),
                a.commitments().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                text.of("action.status." + a.status().name()))).toList();
        pdf.largeTable(document, writer, List.of(text.of("report.col.title"), text.of("report.col.stakeholder"),
                text.of("report.col.commitments"), text.of("report.col.status")), rows, 5, 3, 1.5f, 1.5f);
    }

    private DataTexts.Shown area(int number) {
        return texts.of("area", number, "short_title", report.overview().areaTitles().get(number - 1), text.locale());
    }

    private String areaTitle(int number) {
        return number + ". " + area(number).text();
    }

    private String number(Number n) {
        return Formats.number(n, text.locale());
    }
}
