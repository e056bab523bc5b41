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
            throw new ConflictException(refusal(from, transition, hasPublishedVersion));
        }
        if ((transition == ActionTransition.RETURN || transition == ActionTransition.WITHDRAW)
                && (reason == null || reason.isBlank())) {
            throw new org.a4ptracker.shared.BadRequestException("reason", "give a reason: the focal point will see it");
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

    private static String refusal(ActionState from, ActionTransition transition, boolean hasPublishedVersion) {
        return switch (transition) {
            case EDIT -> "An action that is " + name(from) + " cannot be edited"
                    + (from == ActionState.SUBMITTED ? ": it is with a reviewer, who can return it to you" : "");
            case SUBMIT -> "Only a draft can be submitted; this action is " + name(from);
            case RETURN -> "Only a submitted action can be returned; this action is " + name(from);
            case PUBLISH -> "Only a submitted action can be published; this action is " + name(from);
            case WITHDRAW -> from == ActionState.WITHDRAWN ? "This action is already withdrawn"
                    : "Only a published action can be withdrawn; a draft that was never published "
                    + (hasPublishedVersion ? "" : "is simply left unsubmitted");
        };
    }

    private static String name(ActionState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
