package org.a4ptracker.identity;

import java.time.Instant;
import java.util.List;

/** An account as administrators see it, with its focal-point bindings. */
public record UserAccount(long id, String email, String displayName, boolean administrator, boolean reviewer,
                          boolean enabled, boolean passwordSet, Instant createdAt, boolean sample,
                          List<Binding> bindings) {

    /** A focal-point binding: this account reports for that stakeholder. */
    public record Binding(long stakeholderId, String stakeholderCode, String stakeholderName) {
    }
}
