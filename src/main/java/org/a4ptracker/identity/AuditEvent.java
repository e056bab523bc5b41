package org.a4ptracker.identity;

import java.time.Instant;

/** One line of the audit log: who did what, when, from where, and whether it was allowed. */
public record AuditEvent(long id, Instant occurredAt, Long actorUserId, String actorLabel, String action, String outcome,
                         String entityType, String entityId, Long stakeholderId, String detail, String remoteAddress) {
}
