package org.a4ptracker.progress;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.action.ActionSummary;
import org.a4ptracker.action.ReportingStatus;
import org.a4ptracker.shared.LocalizedNames;

/** A stakeholder's own report: its reporting status per cycle and its published actions, never drafts. */
record StakeholderReport(String code, LocalizedNames names, LocalDate generatedOn, boolean sample, List<ReportingStatus> statuses,
                         List<ActionSummary> actions) {
}
