package org.a4ptracker.indicator;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.Text;

/**
 * Approval of a reporter's period: open → submitted → approved (locked), or returned with a
 * reason → open for edits again. An administrator can unlock an approved period, with a reason.
 */
final class PeriodWorkflow {

    enum State { OPEN, SUBMITTED, APPROVED, RETURNED }

    enum Transition { SUBMIT, APPROVE, RETURN, UNLOCK }

    private PeriodWorkflow() {
    }

    static boolean editable(State state) {
        return state == State.OPEN || state == State.RETURNED;
    }

    static State next(State from, Transition t, String reason) {
        State to = switch (t) {
            case SUBMIT -> editable(from) ? State.SUBMITTED : null;
            case APPROVE -> from == State.SUBMITTED ? State.APPROVED : null;
            case RETURN -> from == State.SUBMITTED ? State.RETURNED : null;
            case UNLOCK -> from == State.APPROVED ? State.OPEN : null;
        };
        if (to == null) {
            throw new ConflictException("indicator.problem.transition." + t.name(), Text.of("period.word." + from.name()));
        }
        if ((t == Transition.RETURN || t == Transition.UNLOCK) && (reason == null || reason.isBlank())) {
            throw new BadRequestException("reason", "indicator.problem.reason");
        }
        return to;
    }
}
