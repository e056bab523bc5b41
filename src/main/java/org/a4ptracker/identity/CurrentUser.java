package org.a4ptracker.identity;

import java.util.Set;

/**
 * Who is acting: the roles and the stakeholders this user is focal point for. Services take it
 * as a parameter, so that every check is explicit and testable without a web request.
 */
public record CurrentUser(long id, String email, String displayName, boolean administrator, boolean reviewer,
                          Set<Long> stakeholderIds) implements java.io.Serializable {

    public boolean isFocalPointOf(long stakeholderId) {
        return stakeholderIds.contains(stakeholderId);
    }

    public boolean isFocalPoint() {
        return !stakeholderIds.isEmpty();
    }

    /** Reviewers and administrators see every stakeholder's unpublished work. */
    public boolean seesAllDrafts() {
        return reviewer || administrator;
    }
}
