package org.a4ptracker.survey;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.Sheet;
import org.a4ptracker.shared.SheetCell;
import org.a4ptracker.shared.SheetProblem;
import org.a4ptracker.shared.SheetReader;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import of responses collected elsewhere (a survey tool's CSV or XLSX export) into an open or
 * closed round, for reviewers. The file's columns are matched to the questions first; then every
 * row is checked and all errors reported, and only a file without any is written, in one
 * transaction, as submitted responses with the source IMPORT: all rows or none.
 */
@Service
public class SurveyImportService {

    /** Also the bound of what the upload page keeps in the session between the two steps. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    static final String SOURCE = "IMPORT";
    private static final int EXAMPLE = 60;

    private final SurveyService surveys;
    private final ResponseRepository responses;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    SurveyImportService(SurveyService surveys, ResponseRepository responses, StakeholderService stakeholders, AccessPolicy access,
                        AuditLog audit, Optional<Clock> clock) {
        this.surveys = surveys;
        this.responses = responses;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The round, if responses can be imported into it now: a draft has no final questionnaire, published results are final. */
    @Transactional(readOnly = true)
    public Round importable(CurrentUser reviewer, long roundId) {
        access.requireReviewer(reviewer, "IMPORT_SURVEY_RESPONSES", "survey_round", roundId, null);
        Round round = surveys.round(roundId);
        if (round.state() == RoundState.DRAFT) {
            throw new ConflictException("survey.refused.import-draft");
        }
        if (round.state() == RoundState.PUBLISHED) {
            throw new ConflictException("survey.refused.import-published");
        }
        return round;
    }

    /** Reads the file's columns and suggests what each is imported as; nothing is written. */
    @Transactional(readOnly = true)
    public SurveyImportPreview preview(CurrentUser reviewer, long roundId, String filename, byte[] bytes) {
        Round round = importable(reviewer, roundId);
        try {
            Sheet sheet = read(filename, bytes);
            return preview(filename, sheet, SurveyImportMapping.suggest(SurveyImportValidator.columnNames(sheet), round, aliases(round)));
        } catch (SheetProblem e) {
            return SurveyImportPreview.unreadable(filename, e.text());
        }
    }

    /** Checks every row with the chosen mapping (column index → target); writes only without errors and without dry run. */
    @Transactional
    public SurveyImportResult importResponses(CurrentUser reviewer, long roundId, String filename, byte[] bytes,
                                              Map<Integer, String> mapping, boolean dryRun) {
        Round round = importable(reviewer, roundId);
        Sheet sheet;
        try {
            sheet = read(filename, bytes);
        } catch (SheetProblem e) {
            return new SurveyImportResult(dryRun, 0, List.of(CellError.file(e.text())), 0,
                    SurveyImportPreview.unreadable(filename, e.text()));
        }
        var validator = new SurveyImportValidator(round, stakeholderIds(), responses.submittedStakeholders(roundId));
        var outcome = validator.validate(sheet, mapping);
        SurveyImportPreview shown = preview(filename, sheet, mapping);
        if (!outcome.ok() || dryRun) {
            return new SurveyImportResult(dryRun, sheet.rows().size(), outcome.errors(), 0, shown);
        }
        Instant now = Instant.now(clock);
        for (var response : outcome.responses()) {
            long id = responses.insertResponse(null, roundId, response.stakeholderId(), response.group(), SOURCE, now, false);
            responses.replaceAnswers(id, response.answers().stream().map(ResponseRepository.Answer::questionId).toList(), response.answers());
            responses.setResponseState(id, "SUBMITTED", now);
        }
        int count = outcome.responses().size();
        audit.changed(reviewer, "IMPORT_SURVEY_RESPONSES", "survey_round", roundId, null, count + " responses from " + filename);
        org.a4ptracker.shared.AppMetrics.importedRows("survey-responses", count);
        return new SurveyImportResult(false, sheet.rows().size(), List.of(), count, shown);
    }

    private Sheet read(String filename, byte[] bytes) {
        return new SheetReader(MAX_BYTES, MAX_ROWS).read(filename, new ByteArrayInputStream(bytes));
    }

    private static SurveyImportPreview preview(String filename, Sheet sheet, Map<Integer, String> targets) {
        List<String> names = SurveyImportValidator.columnNames(sheet);
        var columns = new ArrayList<SurveyImportPreview.Column>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            String example = sheet.rows().stream().map(r -> r.cell(index)).filter(c -> !c.blank()).map(SheetCell::value)
                    .map(v -> v.length() > EXAMPLE ? v.substring(0, EXAMPLE) + "…" : v).findFirst().orElse("");
            columns.add(new SurveyImportPreview.Column(i, names.get(i), example, SurveyImportMapping.IGNORE));
        }
        return new SurveyImportPreview(filename, sheet.rows().size(), columns, null).withTargets(targets);
    }

    /** A copy's questions under the ids of the round it was copied from, so that the earlier round's export maps too. */
    private Map<Long, Long> aliases(Round round) {
        return round.copiedFrom() == null ? Map.of() : SurveyImportMapping.aliases(round, surveys.round(round.copiedFrom()));
    }

    private Map<String, Long> stakeholderIds() {
        var ids = new HashMap<String, Long>();
        Arrays.stream(StakeholderType.values()).flatMap(t -> stakeholders.byType(t).stream())
                .forEach(s -> ids.put(s.code(), s.id()));
        return ids;
    }
}
