package org.a4ptracker.action;

import java.time.Instant;

/** A file attached to an action as evidence, with its SHA-256 so that a copy can be checked. */
public record Attachment(long id, String filename, String contentType, long sizeBytes, String sha256, Instant uploadedAt) {
}
