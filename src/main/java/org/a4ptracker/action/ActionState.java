package org.a4ptracker.action;

/** Where an action is in its review: only a reviewer moves it to PUBLISHED. */
public enum ActionState {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN
}
