package org.a4ptracker.action;

import java.util.List;

/** The outcome of an import or a dry run: rows read, errors by row and column, and how many actions were written. */
public record ImportResult(boolean dryRun, int rowsRead, List<ImportError> errors, int imported, List<Long> actionIds,
                           List<RowSuggestions> suggestions) {

    /** For a row without commitments, the ones its title and description most likely serve: the focal point chooses. */
    public record RowSuggestions(int row, List<org.a4ptracker.shared.CommitmentSuggestions.Suggestion> commitments) {
    }

    public ImportResult(boolean dryRun, int rowsRead, List<ImportError> errors, int imported, List<Long> actionIds) {
        this(dryRun, rowsRead, errors, imported, actionIds, List.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
