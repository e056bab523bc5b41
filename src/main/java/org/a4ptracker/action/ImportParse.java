package org.a4ptracker.action;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of reading an import file. {@code rows} holds the rows that passed validation;
 * nothing may be written unless {@link #ok()}, because a partial import is harder to fix
 * than a rejected one. Errors are sorted by row, then by column in template order.
 */
public record ImportParse(List<ImportRow> rows, List<ImportError> errors, List<Uncommitted> withoutCommitments) {

    /** A row whose commitments cell is empty, with its title and description as typed: commitments can be suggested. */
    public record Uncommitted(int row, String title, String description) {
    }

    private static final Comparator<ImportError> ORDER =
            Comparator.comparingInt(ImportError::row).thenComparingInt(ImportError::columnRank);

    public ImportParse {
        rows = List.copyOf(rows);
        errors = errors.stream().sorted(ORDER).toList();
        withoutCommitments = List.copyOf(withoutCommitments);
    }

    public ImportParse(List<ImportRow> rows, List<ImportError> errors) {
        this(rows, errors, List.of());
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
