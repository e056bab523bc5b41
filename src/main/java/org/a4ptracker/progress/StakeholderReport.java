package org.a4ptracker.progress;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.action.ActionSummary;
import org.a4ptracker.action.ReportingStatus;
import org.a4ptracker.shared.LocalizedNames;

/** A stakeholder's own report: its reporting status per cycle and its published actions, never drafts. */
record StakeholderReport(String code, LocalizedNames names, LocalDate generatedOn, boolean sample, List<ReportingStatus> statuses,
                         List<ActionSummary> actions) {

    /** The English name, as the machine-readable XLSX gives it. */
    String name() {
        return names.en();
    }

    /** "reported", "due" or "overdue", as the report prints it. */
    static String label(ReportingStatus.State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
