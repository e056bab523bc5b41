package org.a4ptracker.survey;

import java.util.List;

import org.a4ptracker.shared.CellError;

/**
 * The outcome of checking or importing a file of responses: rows read, every error by row and
 * column, how many responses were written (0 unless the file was right and it was no dry run), and
 * the mapping it was read with, to show again.
 */
public record SurveyImportResult(boolean dryRun, int rowsRead, List<CellError> errors, int imported, SurveyImportPreview mapping) {

    public SurveyImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public boolean written() {
        return imported > 0;
    }
}
