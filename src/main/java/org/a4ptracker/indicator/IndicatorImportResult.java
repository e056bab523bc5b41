package org.a4ptracker.indicator;

import java.util.List;

import org.a4ptracker.shared.CellError;

/** The outcome of an import or dry run of indicator values: errors by row and column, and how many were written. */
public record IndicatorImportResult(boolean dryRun, int rowsRead, List<CellError> errors, int imported) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
