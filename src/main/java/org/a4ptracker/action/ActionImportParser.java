package org.a4ptracker.action;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.PlainText;
import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.Sheet;
import org.a4ptracker.shared.SheetProblem;
import org.a4ptracker.shared.SheetReader;
import org.a4ptracker.shared.Text;

/**
 * Reads and validates a bulk import of actions from a .csv or .xlsx file. Every row is checked
 * and every error is returned, so that a focal point can fix the whole file in one go; nothing
 * here writes anything. Bad input never throws: it comes back as errors.
 */
public final class ActionImportParser {

    private final ImportRowValidator validator;
    private final SheetReader reader;

    public ActionImportParser(Set<Integer> commitmentNumbers, Set<String> missionCodes, long maxBytes, int maxRows) {
        this.reader = new SheetReader(maxBytes, maxRows);
        this.validator = new ImportRowValidator(commitmentNumbers, missionCodes);
    }

    /** The stream is read but not closed: it belongs to the caller. */
    public ImportParse parse(String filename, InputStream in) {
        try {
            return validate(reader.read(filename, in));
        } catch (SheetProblem e) {
            return new ImportParse(List.of(), List.of(ImportError.file(e.text())));
        }
    }

    private ImportParse validate(Sheet sheet) {
        List<CellError> errors = new ArrayList<>();
        Map<String, Integer> columns = sheet.columns(ActionImportTemplate.COLUMNS, ImportRowValidator.REQUIRED, errors);
        if (!errors.isEmpty()) {
            return new ImportParse(List.of(), actionErrors(errors));
        }
        if (sheet.rows().isEmpty()) {
            return new ImportParse(List.of(), List.of(ImportError.file(
                    Text.of("action.problem.import.no-rows"))));
        }
        errors.addAll(sheet.refusedCharacters());
        List<ImportRow> rows = new ArrayList<>();
        List<ImportParse.Uncommitted> uncommitted = new ArrayList<>();
        for (Sheet.Row row : sheet.rows()) {
            var cells = new RowCells(row, columns, errors);
            ImportRow action = validator.validate(cells);
            if (action != null) {
                rows.add(action);
            } else if (cells.cell("commitments").blank()) {
                uncommitted.add(new ImportParse.Uncommitted(row.number(), plain(cells, "title"), plain(cells, "description")));
            }
        }
        errors.sort(CellError.order(ActionImportTemplate.COLUMNS));
        return new ImportParse(rows, actionErrors(errors), uncommitted);
    }

    /** A cell's text for suggesting commitments: empty when blank, formula-like or refused (PlainText). */
    private static String plain(RowCells cells, String column) {
        var cell = cells.cell(column);
        return cell.blank() || cell.formula() || PlainText.refusal(cell.value(), PlainText.Lines.MANY).isPresent() ? "" : cell.value();
    }

    private static List<ImportError> actionErrors(List<CellError> errors) {
        return errors.stream().map(e -> new ImportError(e.row(), e.column(), e.message())).toList();
    }
}
