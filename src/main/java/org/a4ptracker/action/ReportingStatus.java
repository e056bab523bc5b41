package org.a4ptracker.action;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.framework.Actor;

/**
 * Whether a stakeholder has reported for a cycle, overall and per commitment. A commitment that
 * does not fall on the stakeholder is NOT_EXPECTED; one without a published action is DUE until
 * the cycle's due date and OVERDUE after it. "Not reported" is a state, never a count of zero.
 */
public record ReportingStatus(String stakeholderCode, int cycle, LocalDate dueOn, State overall, int publishedActions,
                              List<CommitmentStatus> commitments) {

    public enum State { REPORTED, DUE, OVERDUE, NOT_EXPECTED }

    public record CommitmentStatus(int commitment, Actor actor, State state, int publishedActions) {
    }

    public long count(State state) {
        return commitments.stream().filter(c -> c.state() == state).count();
    }
}
