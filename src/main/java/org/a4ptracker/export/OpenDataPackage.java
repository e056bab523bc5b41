package org.a4ptracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.a4ptracker.action.ActionFilter;
import org.a4ptracker.action.ActionQueries;
import org.a4ptracker.endorsement.EndorsementService;
import org.a4ptracker.framework.CommitmentFilter;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.indicator.IndicatorService;
import org.a4ptracker.indicator.ValueFilter;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PublicData;
import org.a4ptracker.shared.TableWriter;
import org.a4ptracker.stakeholder.Mission;
import org.a4ptracker.stakeholder.StakeholderFilter;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.stereotype.Service;

/**
 * Streams the open-data zip: one CSV per {@link OpenDataTable}, then {@code datapackage.json}. Every
 * table is read as an anonymous reader would (published and approved records only) and written row
 * by row or page by page, so memory stays constant whatever the size of the registry. Dated by the latest change of
 * public data (the descriptor's {@code created} and every entry's time), so that unchanged data is the same bytes
 * whenever, and from whichever node or restored backup, it is downloaded.
 */
@Service
class OpenDataPackage {

    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final EndorsementService endorsements;
    private final ActionQueries actions;
    private final IndicatorService indicators;
    private final SurveyResultsTable surveyResults;
    private final PublicData publicData;

    OpenDataPackage(FrameworkService framework, StakeholderService stakeholders, EndorsementService endorsements,
                    ActionQueries actions, IndicatorService indicators, SurveyResultsTable surveyResults, PublicData publicData) {
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.endorsements = endorsements;
        this.actions = actions;
        this.indicators = indicators;
        this.surveyResults = surveyResults;
        this.publicData = publicData;
    }

    void write(OutputStream out) throws IOException {
        Instant created = publicData.lastChange();
        // DOS time without a time zone, and no extended timestamp field: the same bytes on every node
        LocalDateTime entryTime = LocalDateTime.ofInstant(created, ZoneOffset.UTC);
        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        // the fastest deflate level: CSV of repeated codes compresses well at any level, and the default level
        // cost a large share of the export's time on millions of rows (docs/benchmarks.md)
        zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
        table(zip, entryTime, OpenDataTable.AREAS, rows -> framework.areas().forEach(a ->
                rows.row(a.number(), a.shortTitle(), a.title(), a.statement(), a.commitmentCount(), a.source())));
        table(zip, entryTime, OpenDataTable.COMMITMENTS, rows -> Page.all(p -> framework.commitments(new CommitmentFilter(null, null), p))
                .forEach(c -> rows.row(c.number(), c.area(), c.areaTitle(), c.actor(), c.paragraph(), c.text())));
        table(zip, entryTime, OpenDataTable.STAKEHOLDERS, rows -> Page.all(p -> stakeholders.find(StakeholderFilter.none(), p)).forEach(s -> {
            var n = s.names();
            rows.row(s.code(), s.type(), s.iso2(), s.isoNumeric(), s.region(), n.en(), n.fr(), n.es(), n.ru(), n.zh(), n.ar(),
                    s.sample());
        }));
        table(zip, entryTime, OpenDataTable.MISSIONS, rows -> stakeholders.missions(null).forEach(m -> rows.row(m.code(), m.names().en(),
                m.location(), m.hosts().stream().map(Mission.HostRef::code).toList(), m.startYear(), m.endYear(), m.active())));
        table(zip, entryTime, OpenDataTable.ENDORSEMENT_COUNTS, rows -> endorsements.publishedCounts().forEach(c ->
                rows.row(c.asOf(), c.memberStates(), c.organisations(), c.total(), c.source(), c.note())));
        table(zip, entryTime, OpenDataTable.ENDORSEMENTS, rows -> Page.all(endorsements::endorsements).forEach(e ->
                rows.row(e.stakeholderCode(), e.endorsedOn(), e.reference(), e.sample())));
        // by keyset, not page after page: at 500,000 actions the 2,500th page re-read all the ones before it
        table(zip, entryTime, OpenDataTable.ACTIONS, rows -> actions.forEachPublished(ActionFilter.none(), a ->
                rows.row(a.id(), a.stakeholderCode(), a.title(), a.status(), a.reportingCycle(), a.commitments(),
                        a.publishedAt(), a.sample())));
        table(zip, entryTime, OpenDataTable.INDICATORS, rows -> indicators.catalogue().forEach(i -> rows.row(i.code(), i.name(), i.unit(),
                i.direction(), i.aggregation(), i.numerator(), i.denominator(), i.frequency(), i.commitments(), i.source())));
        table(zip, entryTime, OpenDataTable.INDICATOR_TARGETS, rows -> indicators.catalogue().forEach(i -> i.targets().forEach(t ->
                rows.row(i.code(), t.disaggregation(), t.year(), t.kind(), t.amount(), t.source()))));
        // a null reader sees approved values only
        table(zip, entryTime, OpenDataTable.INDICATOR_VALUES, rows -> indicators.stream(null, new ValueFilter(null, null, null, null, null, null),
                v -> rows.row(v.indicator(), v.reporter(), v.period(), v.disaggregation(), v.amount(), v.notApplicable(),
                        v.note(), v.source(), v.sample())));
        table(zip, entryTime, OpenDataTable.SURVEY_RESULTS, surveyResults::write);
        zip.putNextEntry(entry("datapackage.json", entryTime));
        zip.write(DataPackageDescriptor.json(created));
        zip.closeEntry();
        zip.finish();
    }

    private static ZipEntry entry(String name, LocalDateTime time) {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    private static void table(ZipOutputStream zip, LocalDateTime time, OpenDataTable table,
                              java.util.function.Consumer<TableWriter> content) throws IOException {
        zip.putNextEntry(entry(table.path(), time));
        // the writer leaves the zip open: closing it would close the servlet stream under it
        try (var rows = TableWriter.open(TableWriter.Format.CSV, zip, table.path(), List.of(table.header()))) {
            content.accept(rows);
            rows.finish();
        }
        zip.closeEntry();
    }
}
