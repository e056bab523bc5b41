package org.a4ptracker.action;

import java.util.List;

/** The outcome of an import or a dry run: rows read, errors by row and column, and how many actions were written. */
public record ImportResult(boolean dryRun, int rowsRead, List<ImportError> errors, int imported, List<Long> actionIds) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
