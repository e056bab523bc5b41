package org.a4ptracker.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created and revoked by their owner, stored hashed, carrying the owner's rights. */
@Service
public class ApiTokenService {

    static final String PREFIX = "a4p_";

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AccountUserDetailsService accounts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, UserRepository users, AccountUserDetailsService accounts, AccessPolicy access,
                    AuditLog audit, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public ApiToken.Created create(CurrentUser owner, String name) {
        access.requireSignedIn(owner, "CREATE_API_TOKEN");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new BadRequestException("name", "tokens.problem.name");
        }
        org.a4ptracker.shared.PlainText.require("name", name, org.a4ptracker.shared.PlainText.Lines.ONE, 100);
        String secret = Tokens.generate(PREFIX);
        var keys = new GeneratedKeyHolder();
        Instant now = Instant.now(clock);
        jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at) values (:user, :name, :hash, :prefix, :now)")
                .param("user", owner.id()).param("name", name.trim()).param("hash", Tokens.hash(secret))
                .param("prefix", secret.substring(0, 10)).param("now", Timestamp.from(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.changed(owner, "CREATE_API_TOKEN", "api_token", id, null, name.trim());
        return new ApiToken.Created(new ApiToken(id, name.trim(), secret.substring(0, 10), now, null, null), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens(CurrentUser owner) {
        access.requireSignedIn(owner, "LIST_API_TOKENS");
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc, id desc")
                .param("user", owner.id())
                .query((rs, i) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    @Transactional
    public void revoke(CurrentUser owner, long tokenId) {
        access.requireSignedIn(owner, "REVOKE_API_TOKEN");
        int changed = jdbc.sql("update api_token set revoked_at = :now where id = :id and user_id = :user and revoked_at is null")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", tokenId).param("user", owner.id()).update();
        if (changed == 0) {
            audit.denied(owner, "REVOKE_API_TOKEN", "api_token", tokenId, null, "not an active token of this account");
            throw new NotFoundException("Active API token", tokenId);
        }
        audit.changed(owner, "REVOKE_API_TOKEN", "api_token", tokenId, null, null);
    }

    /** The account a presented token belongs to, if the token is active and the account enabled. */
    @Transactional
    public Optional<AccountPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var owner = jdbc.sql("select id, user_id from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", Tokens.hash(secret)).query((rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)}).optional();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        // to the minute: a write on every call would queue a script's parallel calls on this one row
        Instant now = Instant.now(clock);
        jdbc.sql("update api_token set last_used_at = :now where id = :id and (last_used_at is null or last_used_at < :minuteAgo)")
                .param("now", Timestamp.from(now)).param("minuteAgo", Timestamp.from(now.minusSeconds(60)))
                .param("id", owner.get()[0]).update();
        return users.byId(owner.get()[1]).map(row -> accounts.principal(row, null))
                .filter(AccountPrincipal::isEnabled);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
