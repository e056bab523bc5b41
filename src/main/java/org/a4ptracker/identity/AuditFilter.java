package org.a4ptracker.identity;

import java.time.LocalDate;

/** Optional filters on the audit log; null means "any". Dates are inclusive, in UTC. */
public record AuditFilter(String action, String outcome, String actor, LocalDate from, LocalDate to) {
}
