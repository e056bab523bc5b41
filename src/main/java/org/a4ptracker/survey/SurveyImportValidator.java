package org.a4ptracker.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.Sheet;
import org.a4ptracker.shared.SheetCell;
import org.a4ptracker.shared.Text;

/**
 * Reads the rows of an imported file of survey responses through the chosen column mapping.
 * Every row is checked and every error is returned, by row and by the file's column name, so that
 * the whole file can be fixed in one go; bad input never throws. Pure: no Spring, no database.
 */
final class SurveyImportValidator {

    /** One valid row, ready to be written as a submitted response. */
    record ImportedResponse(int row, Long stakeholderId, RespondentGroup group, List<ResponseRepository.Answer> answers) {
    }

    /** Nothing may be written unless {@link #ok()}: a partial import is harder to fix than a rejected one. */
    record Outcome(List<ImportedResponse> responses, List<CellError> errors) {
        boolean ok() {
            return errors.isEmpty();
        }
    }

    private final Round round;
    private final Map<String, Long> stakeholderIds;
    private final Set<Long> alreadySubmitted;
    private final Map<String, Round.Question> questions = new HashMap<>();

    /**
     * {@code stakeholderIds} maps every stakeholder code (any case) to its id; {@code alreadySubmitted}
     * holds the stakeholders that have a submitted response in the round already.
     */
    SurveyImportValidator(Round round, Map<String, Long> stakeholderIds, Set<Long> alreadySubmitted) {
        this.round = round;
        this.stakeholderIds = new HashMap<>();
        stakeholderIds.forEach((code, id) -> this.stakeholderIds.put(code.toUpperCase(Locale.ROOT), id));
        this.alreadySubmitted = Set.copyOf(alreadySubmitted);
        round.questions().forEach(q -> questions.put(SurveyImportMapping.question(q.id()), q));
    }

    /** The header's names as shown to the user and in errors; a column without a name is "column 3". */
    static List<String> columnNames(Sheet sheet) {
        var names = new ArrayList<String>();
        for (int i = 0; i < sheet.header().size(); i++) {
            String name = sheet.header().get(i).value();
            names.add(name.isEmpty() ? "column " + (i + 1) : name);
        }
        int widest = sheet.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int i = names.size(); i < widest; i++) {
            names.add("column " + (i + 1));
        }
        return names;
    }

    /** {@code mapping}: column index to target (see {@link SurveyImportMapping}); a column not in it is ignored. */
    Outcome validate(Sheet sheet, Map<Integer, String> mapping) {
        List<String> names = columnNames(sheet);
        var errors = new ArrayList<>(SurveyImportMapping.check(names, mapping, round));
        if (errors.isEmpty() && sheet.rows().isEmpty()) {
            errors.add(CellError.file("survey.import.problem.no-rows"));
        }
        if (!errors.isEmpty()) {
            errors.sort(CellError.order(names));
            return new Outcome(List.of(), errors);
        }
        var columns = new TreeMap<Integer, String>();
        mapping.forEach((column, target) -> {
            if (column >= 0 && column < names.size()) {
                columns.put(column, target);
            }
        });
        errors.addAll(sheet.refusedCharacters());
        var firstRowOf = new HashMap<Long, Integer>();
        var responses = new ArrayList<ImportedResponse>();
        for (Sheet.Row row : sheet.rows()) {
            read(new Cells(row, names, errors), columns, firstRowOf).ifPresent(responses::add);
        }
        errors.sort(CellError.order(names));
        return new Outcome(responses, errors);
    }

    /** The row as a response, or empty after reporting each of its problems. */
    private Optional<ImportedResponse> read(Cells cells, Map<Integer, String> columns, Map<Long, Integer> firstRowOf) {
        int before = cells.errorCount();
        RespondentGroup group = null;
        Long stakeholder = null;
        var answers = new ArrayList<ResponseRepository.Answer>();
        for (var entry : columns.entrySet()) {
            String target = entry.getValue();
            if (target.equals(SurveyImportMapping.GROUP)) {
                group = group(cells, entry.getKey());
            } else if (target.equals(SurveyImportMapping.STAKEHOLDER)) {
                stakeholder = stakeholder(cells, entry.getKey(), firstRowOf);
            } else if (questions.containsKey(target)) {
                SurveyImportValues.answer(questions.get(target), cells, entry.getKey()).ifPresent(answers::add);
            }
        }
        if (answers.isEmpty() && cells.errorCount() == before) {
            cells.error(CellError.ROW, "survey.import.problem.no-answer");
        }
        return cells.errorCount() == before ? Optional.of(new ImportedResponse(cells.row(), stakeholder, group, answers)) : Optional.empty();
    }

    private static RespondentGroup group(Cells cells, int column) {
        String value = cells.text(column);
        if (value == null) {
            if (cells.cell(column).blank()) {
                cells.error(column, "survey.import.problem.group-required");
            }
            return null;
        }
        RespondentGroup group = SurveyImportValues.group(value);
        if (group == null) {
            cells.error(column, "survey.import.problem.group", value);
        }
        return group;
    }

    private Long stakeholder(Cells cells, int column, Map<Long, Integer> firstRowOf) {
        String code = cells.text(column);
        if (code == null) {
            return null;
        }
        Long id = stakeholderIds.get(code.toUpperCase(Locale.ROOT));
        if (id == null) {
            cells.error(column, "survey.import.problem.stakeholder", code);
        } else if (firstRowOf.putIfAbsent(id, cells.row()) != null) {
            cells.error(column, "survey.import.problem.stakeholder-twice", code, firstRowOf.get(id));
        } else if (alreadySubmitted.contains(id)) {
            cells.error(column, "survey.import.problem.already-answered", code);
        }
        return id;
    }

    /** One row's cells by column index, reporting into the shared error list under the file's column names. */
    static final class Cells {

        private final Sheet.Row row;
        private final List<String> names;
        private final List<CellError> errors;

        Cells(Sheet.Row row, List<String> names, List<CellError> errors) {
            this.row = row;
            this.names = names;
            this.errors = errors;
        }

        int row() {
            return row.number();
        }

        SheetCell cell(int column) {
            return row.cell(column);
        }

        /** The stripped text, or null when blank or after reporting a formula-like value. */
        String text(int column) {
            SheetCell cell = row.cell(column);
            if (cell.blank()) {
                return null;
            }
            if (cell.formula()) {
                error(column, RowCells.FORMULA);
                return null;
            }
            return cell.value();
        }

        void error(int column, String key, Object... args) {
            error(names.get(column), key, args);
        }

        void error(int column, Text message) {
            errors.add(new CellError(row.number(), names.get(column), message));
        }

        void error(String column, String key, Object... args) {
            errors.add(new CellError(row.number(), column, Text.of(key, args)));
        }

        int errorCount() {
            return errors.size();
        }
    }
}
