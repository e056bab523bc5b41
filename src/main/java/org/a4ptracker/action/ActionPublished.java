package org.a4ptracker.action;

/** An action's current version became public (first publication or a published revision). */
public record ActionPublished(long actionId, long stakeholderId) implements org.a4ptracker.shared.PublicDataChanged {
}
