package org.a4ptracker.indicator;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.CellError;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of a reporter's values from CSV or XLSX. The file is parsed and every row checked; then
 * each period is checked by the same rules as the grid (ranges, components, jumps, locks). Only a
 * file without any error is written, all periods at once; a dry run writes nothing: all rows or none.
 */
@Service
public class IndicatorImportService {

    private final IndicatorDataService data;
    private final IndicatorService indicators;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final long maxBytes;
    private final int maxRows;

    IndicatorImportService(IndicatorDataService data, IndicatorService indicators, StakeholderService stakeholders,
                           AccessPolicy access, @Value("${a4p.import.max-bytes:5242880}") long maxBytes,
                           @Value("${a4p.import.max-value-rows:200000}") int maxRows) {
        this.data = data;
        this.indicators = indicators;
        this.stakeholders = stakeholders;
        this.access = access;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    @Transactional
    public IndicatorImportResult importValues(CurrentUser user, String reporterCode, String filename, InputStream in, boolean dryRun) {
        var reporter = stakeholders.summary(reporterCode);
        access.requireFocalPointOf(user, reporter.id(), "IMPORT_INDICATOR_VALUES", "stakeholder", reporter.code());
        var rules = indicators.catalogue().stream().collect(Collectors.toMap(Indicator::code, i -> new IndicatorRules(i.code(),
                i.disaggregations().stream().map(Indicator.Disaggregation::code).collect(Collectors.toSet()), i.min(), i.max())));
        var parse = new IndicatorImportParser(rules, maxBytes, maxRows).parse(filename, in);
        if (!parse.ok()) {
            return new IndicatorImportResult(dryRun, parse.rows().size(), parse.errors(), 0);
        }
        var byPeriod = new LinkedHashMap<String, List<IndicatorImportRow>>();
        parse.rows().forEach(r -> byPeriod.computeIfAbsent(r.period(), p -> new ArrayList<>()).add(r));
        var cells = new LinkedHashMap<String, List<CellInput>>();
        byPeriod.forEach((period, rows) -> cells.put(period, rows.stream().map(r -> new CellInput(r.indicator(), r.disaggregation(),
                r.amount() == null ? null : r.amount().toPlainString(), r.notApplicable(), r.note())).toList()));
        var errors = new ArrayList<CellError>();
        int written = data.saveAll(user, reporter, cells, dryRun, (period, refusal) -> errors.addAll(errors(byPeriod.get(period), refusal)));
        errors.sort(java.util.Comparator.comparingInt(CellError::row));
        if (errors.isEmpty() && !dryRun) {
            org.a4ptracker.shared.AppMetrics.importedRows("indicator-values", written);
        }
        return new IndicatorImportResult(dryRun, parse.rows().size(), errors, errors.isEmpty() && !dryRun ? written : 0);
    }

    /** A refused period's problems by row: a cell's at its row, a locked period's at the period's first row. */
    private static List<CellError> errors(List<IndicatorImportRow> rows, RuntimeException refusal) {
        if (refusal instanceof InvalidValuesException invalid) {
            var rowOf = rows.stream().collect(Collectors.toMap(r -> r.indicator() + "|" + r.disaggregation(),
                    IndicatorImportRow::row, (a, b) -> a));
            return invalid.problems().stream().map(p -> new CellError(rowOf.getOrDefault(p.indicator() + "|" + p.disaggregation(), 0),
                    "value", p.message())).toList();
        }
        return List.of(new CellError(rows.get(0).row(), "period", ((org.a4ptracker.shared.Localized) refusal).text()));
    }
}
