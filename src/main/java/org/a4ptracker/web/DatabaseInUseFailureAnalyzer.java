package org.a4ptracker.web;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A second app started on the data folder of a running one: H2 refuses the file, which another process holds locked
 * (error 90020), and this says so plainly instead of a page of stack trace. Two processes never share the embedded
 * database; several nodes run on PostgreSQL.
 */
class DatabaseInUseFailureAnalyzer implements FailureAnalyzer {

    /** H2's DATABASE_ALREADY_OPEN_1. */
    static final int DATABASE_ALREADY_OPEN = 90020;

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                return new FailureAnalysis("The embedded database is in use by another process, most likely another A4P Tracker started "
                        + "on the same data folder (H2 said: " + e.getMessage().lines().findFirst().orElse("") + "). Two processes must "
                        + "never write the same embedded database, so this one stops without touching it.",
                        "Stop the other process, or give this one a folder of its own (A4P_DATA_DIR=/path/to/folder). To run several "
                        + "app nodes on one database, use PostgreSQL (A4P_DB_URL).", e);
            }
        }
        return null;
    }
}
