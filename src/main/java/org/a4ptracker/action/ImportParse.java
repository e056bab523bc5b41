package org.a4ptracker.action;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of reading an import file. {@code rows} holds the rows that passed validation;
 * nothing may be written unless {@link #ok()}, because a partial import is harder to fix
 * than a rejected one. Errors are sorted by row, then by column in template order.
 */
public record ImportParse(List<ImportRow> rows, List<ImportError> errors) {

    private static final Comparator<ImportError> ORDER =
            Comparator.comparingInt(ImportError::row).thenComparingInt(ImportError::columnRank);

    public ImportParse {
        rows = List.copyOf(rows);
        errors = errors.stream().sorted(ORDER).toList();
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
