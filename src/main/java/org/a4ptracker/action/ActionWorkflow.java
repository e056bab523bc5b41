package org.a4ptracker.action;

import org.a4ptracker.shared.ConflictException;

/**
 * The review workflow as a pure state machine: draft → submitted → published, or returned with a
 * reason → draft again. A published action can be revised (its published version stays public
 * until the revision is published) or withdrawn with a reason. Anything else is refused.
 */
final class ActionWorkflow {

    /** The reason column's length. */
    static final int MAX_REASON = 2000;

    private ActionWorkflow() {
    }

    static ActionState next(ActionState from, ActionTransition transition, boolean hasPublishedVersion, String reason) {
        org.a4ptracker.shared.PlainText.require("reason", reason, org.a4ptracker.shared.PlainText.Lines.MANY, MAX_REASON);
        ActionState to = switch (transition) {
            case EDIT -> from == ActionState.DRAFT || from == ActionState.RETURNED || from == ActionState.PUBLISHED
                    ? ActionState.DRAFT : null;
            case SUBMIT -> from == ActionState.DRAFT ? ActionState.SUBMITTED : null;
            case RETURN -> from == ActionState.SUBMITTED ? ActionState.RETURNED : null;
            case PUBLISH -> from == ActionState.SUBMITTED ? ActionState.PUBLISHED : null;
            case WITHDRAW -> from != ActionState.WITHDRAWN && hasPublishedVersion ? ActionState.WITHDRAWN : null;
        };
        if (to == null) {
            throw new ConflictException(refusal(from, transition));
        }
        if ((transition == ActionTransition.RETURN || transition == ActionTransition.WITHDRAW)
                && (reason == null || reason.isBlank())) {
            throw new org.a4ptracker.shared.BadRequestException("reason", "action.problem.reason");
        }
        return to;
    }

    static boolean allowed(ActionState from, ActionTransition transition, boolean hasPublishedVersion) {
        try {
            next(from, transition, hasPublishedVersion, "check");
            return true;
        } catch (ConflictException e) {
            return false;
        }
    }

    /** A published version makes any state but withdrawn withdrawable, so a refused withdrawal never has one. */
    private static org.a4ptracker.shared.Text refusal(ActionState from, ActionTransition transition) {
        String key = switch (transition) {
            case EDIT -> from == ActionState.SUBMITTED ? "action.refused.EDIT.submitted" : "action.refused.EDIT";
            case WITHDRAW -> from == ActionState.WITHDRAWN ? "action.refused.WITHDRAW.again" : "action.refused.WITHDRAW";
            default -> "action.refused." + transition.name();
        };
        return org.a4ptracker.shared.Text.of(key, org.a4ptracker.shared.Text.of("action.state.word." + from.name()));
    }
}
