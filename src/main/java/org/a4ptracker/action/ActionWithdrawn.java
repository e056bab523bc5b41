package org.a4ptracker.action;

/** An action is no longer public. */
public record ActionWithdrawn(long actionId, long stakeholderId) implements org.a4ptracker.shared.PublicDataChanged {
}
