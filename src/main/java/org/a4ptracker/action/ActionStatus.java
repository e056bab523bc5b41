package org.a4ptracker.action;

/** How far the action itself has got (not its review state). */
public enum ActionStatus {
    PLANNED, ONGOING, COMPLETED, DISCONTINUED
}
