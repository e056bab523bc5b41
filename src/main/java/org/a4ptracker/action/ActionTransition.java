package org.a4ptracker.action;

/** What someone does to an action. EDIT of a published action starts a revision. */
public enum ActionTransition {
    EDIT, SUBMIT, RETURN, PUBLISH, WITHDRAW
}
