package org.a4ptracker.indicator;

import java.util.List;

import org.a4ptracker.shared.CellError;

/**
 * The outcome of reading an indicator value file. {@code rows} holds the rows that passed
 * validation; nothing may be written unless {@link #ok()}, because a partly imported period is
 * harder to fix than a rejected file. Errors are sorted by row, then by column in template order.
 */
public record IndicatorImportParse(List<IndicatorImportRow> rows, List<CellError> errors) {

    public IndicatorImportParse {
        rows = List.copyOf(rows);
        errors = errors.stream().sorted(CellError.order(IndicatorImportTemplate.COLUMNS)).toList();
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
