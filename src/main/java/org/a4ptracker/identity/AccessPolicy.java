package org.a4ptracker.identity;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that says who may do what. Every {@code requireX} refuses with an
 * {@link AccessDeniedException} (403) and records the refusal in the audit log.
 */
@Component
public class AccessPolicy {

    private final AuditLog audit;

    AccessPolicy(AuditLog audit) {
        this.audit = audit;
    }

    public boolean canReadUnpublishedOf(CurrentUser user, long stakeholderId) {
        return user != null && (user.seesAllDrafts() || user.isFocalPointOf(stakeholderId));
    }

    public void requireSignedIn(CurrentUser user, String action) {
        if (user == null) {
            deny(null, action, null, null, null, "not signed in", "access.not-signed-in");
        }
    }

    public void requireAdministrator(CurrentUser user, String action) {
        if (user == null || !user.administrator()) {
            deny(user, action, null, null, null, "administrator only", "access.administrator-only");
        }
    }

    public void requireReviewer(CurrentUser user, String action, String entityType, Object entityId, Long stakeholderId) {
        if (user == null || !user.reviewer()) {
            deny(user, action, entityType, entityId, stakeholderId, "reviewer only", "access.reviewer-only");
        }
    }

    public void requireFocalPointOf(CurrentUser user, long stakeholderId, String action, String entityType, Object entityId) {
        if (user == null || !user.isFocalPointOf(stakeholderId)) {
            deny(user, action, entityType, entityId, stakeholderId, "not a focal point of this stakeholder", "access.not-focal-point");
        }
    }

    public void requireReadUnpublished(CurrentUser user, long stakeholderId, String action, String entityType, Object entityId) {
        if (!canReadUnpublishedOf(user, stakeholderId)) {
            deny(user, action, entityType, entityId, stakeholderId, "unpublished data of another stakeholder", "access.unpublished-other");
        }
    }

    /** {@code why} goes to the audit log as written; {@code reason} is its message key for the person refused. */
    private void deny(CurrentUser user, String action, String entityType, Object entityId, Long stakeholderId, String why,
                      String reason) {
        audit.denied(user, action, entityType, entityId, stakeholderId, why);
        throw new Refused("Not allowed: " + why, reason);
    }

    /** A refusal whose reason is a message key, so that the API says it in the caller's language. */
    static final class Refused extends AccessDeniedException implements MessageSourceResolvable {

        private final String reason;

        Refused(String message, String reason) {
            super(message);
            this.reason = reason;
        }

        @Override
        public String[] getCodes() {
            return new String[] {reason};
        }
    }
}
