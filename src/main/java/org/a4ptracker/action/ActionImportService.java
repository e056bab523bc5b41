package org.a4ptracker.action;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.stream.Collectors;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.CommitmentSuggestions;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of a focal point's actions as drafts. Every row is validated first and all errors
 * are reported; only a file without errors is written, in one transaction: all rows or none.
 */
@Service
public class ActionImportService {

    private final ActionService actions;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final long maxBytes;
    private final int maxRows;
    private final java.util.Optional<CommitmentSuggestions> suggester;

    ActionImportService(ActionService actions, StakeholderService stakeholders, AccessPolicy access, AuditLog audit,
                        @Value("${a4p.import.max-bytes:5242880}") long maxBytes, @Value("${a4p.import.max-rows:20000}") int maxRows,
                        java.util.Optional<CommitmentSuggestions> suggester) {
        this.suggester = suggester;
        this.actions = actions;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    @Transactional
    public ImportResult importActions(CurrentUser user, String stakeholderCode, String filename, InputStream in, boolean dryRun) {
        StakeholderSummary stakeholder = stakeholders.summary(stakeholderCode);
        access.requireFocalPointOf(user, stakeholder.id(), "IMPORT_ACTIONS", "stakeholder", stakeholder.code());
        var missionIds = stakeholders.byType(StakeholderType.MISSION).stream()
                .collect(Collectors.toMap(StakeholderSummary::code, StakeholderSummary::id));
        ImportParse parsed = new ActionImportParser(actions.commitmentNumbers(), missionIds.keySet(), maxBytes, maxRows)
                .parse(filename, in);
        var closedIn = actions.closedMissions();
        var errors = new ArrayList<>(parsed.errors());
        parsed.rows().forEach(row -> row.missions().forEach(code -> ActionService.afterClosing(code, row.reportingCycle(), closedIn)
                .ifPresent(message -> errors.add(new ImportError(row.row(), "missions", message)))));
        parsed.rows().forEach(row -> ActionService.afterClosing(stakeholder.code(), row.reportingCycle(), closedIn)
                .ifPresent(message -> errors.add(new ImportError(row.row(), "reporting_cycle", message))));
        errors.sort(java.util.Comparator.comparingInt(ImportError::row));
        ImportParse parse = new ImportParse(parsed.rows(), errors, parsed.withoutCommitments());
        if (!parse.ok() || dryRun) {
            return new ImportResult(dryRun, parse.rows().size(), parse.errors(), 0, java.util.List.of(), suggestions(parse));
        }
        var contents = new ArrayList<ActionContent>(parse.rows().size());
        var missions = new ArrayList<java.util.List<Long>>(parse.rows().size());
        for (ImportRow row : parse.rows()) {
            contents.add(new ActionContent(row.title(), row.description(), row.status(), row.reportingCycle(), row.startDate(),
                    row.endDate(), row.commitments(), row.missions(), row.evidenceLinks()));
            missions.add(row.missions().stream().map(missionIds::get).toList());
        }
        var ids = actions.insertAllValidated(user, stakeholder.id(), contents, missions);
        audit.changed(user, "IMPORT_ACTIONS", "stakeholder", stakeholder.code(), stakeholder.id(),
                ids.size() + " actions from " + filename);
        org.a4ptracker.shared.AppMetrics.importedRows("actions", ids.size());
        return new ImportResult(false, parse.rows().size(), java.util.List.of(), ids.size(), ids);
    }

    /** Rows with no commitments get the likely ones (the first {@value #SUGGESTED_ROWS} such rows), as proposals. */
    static final int SUGGESTED_ROWS = 50;

    private java.util.List<ImportResult.RowSuggestions> suggestions(ImportParse parse) {
        if (suggester.isEmpty()) {
            return java.util.List.of();
        }
        return parse.withoutCommitments().stream().limit(SUGGESTED_ROWS)
                .map(u -> new ImportResult.RowSuggestions(u.row(), suggester.get().suggest(u.title(), u.description(), 3)))
                .filter(r -> !r.commitments().isEmpty()).toList();
    }
}
