package org.a4ptracker.progress;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.action.ActionSummary;

/** What the progress report of one cycle shows: the overview's figures and the cycle's published actions. */
record ProgressReport(int cycle, LocalDate generatedOn, boolean sample, Overview overview, List<ActionSummary> actions) {
}
