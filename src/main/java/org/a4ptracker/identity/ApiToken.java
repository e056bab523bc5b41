package org.a4ptracker.identity;

import java.time.Instant;

/** A personal API token as its owner sees it; the secret itself is shown once, at creation. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
        implements java.io.Serializable {

    public boolean active() {
        return revokedAt == null;
    }

    /** What creation returns: the token's record and the secret to copy now. */
    /** Serializable: shown on the next page through a flash attribute, which lives in the (database) session. */
    public record Created(ApiToken token, String secret) implements java.io.Serializable {
    }
}
