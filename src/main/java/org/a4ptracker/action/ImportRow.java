package org.a4ptracker.action;

import java.time.LocalDate;
import java.util.List;

/**
 * One valid action read from an import file. {@code row} is the spreadsheet row number
 * (the header is row 1), so that a later problem can still be traced back to the file.
 * Dates may be null; lists are never null.
 */
public record ImportRow(int row, String title, String description, ActionStatus status, List<Integer> commitments,
        List<String> missions, LocalDate startDate, LocalDate endDate, int reportingCycle,
        List<String> evidenceLinks) {

    public ImportRow {
        commitments = List.copyOf(commitments);
        missions = List.copyOf(missions);
        evidenceLinks = List.copyOf(evidenceLinks);
    }
}
