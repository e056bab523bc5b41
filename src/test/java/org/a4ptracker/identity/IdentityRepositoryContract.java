package org.a4ptracker.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts, invitations, tokens and the audit log on a real database; run on H2 and PostgreSQL. */
abstract class IdentityRepositoryContract {

    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    CurrentUser admin;
    String email;

    @BeforeEach
    void administrator() {
        long id = jdbc.sql("select id from app_user where email = 'admin@example.org'").query(Long.class).single();
        admin = new CurrentUser(id, "admin@example.org", "Admin", true, false, Set.of());
        email = "person-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void anAdministratorCreatesAnAccountWithBindingsAndAnInvitationSetsItsPasswordOnce() {
        var account = accounts.create(admin, new NewAccount(email, "A Person", false, false, List.of("gha", "MINUSCA")));
        assertThat(account.bindings()).extracting(UserAccount.Binding::stakeholderCode).containsExactlyInAnyOrder("GHA", "MINUSCA");
        assertThat(account.passwordSet()).isFalse();

        String token = accounts.invite(admin, account.id());
        assertThat(accounts.invitationEmail(token)).contains(email);
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "short", "short")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("12 characters");
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "a long password 1", "a long password 2"))
                .hasMessageContaining("differ");
        accounts.acceptInvitation(token, "a long password 1", "a long password 1");

        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", account.id()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long password 1");
        assertThat(passwords.matches("a long password 1", hash)).isTrue();
        assertThat(accounts.invitationEmail(token)).isEmpty();
        assertThatThrownBy(() -> accounts.acceptInvitation(token, "another password 3", "another password 3"))
                .hasMessageContaining("expired or was already used");
    }

    @Test
    void aNewInvitationCancelsTheOldOneAndAnExpiredOneIsRefused() {
        var account = accounts.create(admin, new NewAccount(email, "B Person", false, true, List.of()));
        String first = accounts.invite(admin, account.id());
        String second = accounts.invite(admin, account.id());
        assertThat(accounts.invitationEmail(first)).isEmpty();
        assertThat(accounts.invitationEmail(second)).contains(email);
        jdbc.sql("update invitation set expires_at = timestamp '2020-01-01 00:00:00' where user_id = :id")
                .param("id", account.id()).update();
        assertThat(accounts.invitationEmail(second)).isEmpty();
    }

    @Test
    void onlyAdministratorsManageAccountsAndEveryRefusalIsAudited() {
        var reviewer = new CurrentUser(admin.id(), "someone@example.org", "Not admin", false, true, Set.of());
        long denied = count("select count(*) from audit_event where outcome = 'DENIED' and actor_label = 'someone@example.org'");
        assertThatThrownBy(() -> accounts.create(reviewer, new NewAccount(email, "X", true, false, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.accounts(null, new PageRequest(1, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(count("select count(*) from audit_event where outcome = 'DENIED' and actor_label = 'someone@example.org'"))
                .isEqualTo(denied + 1);
        assertThat(count("select count(*) from app_user where email = '" + email + "'")).isZero();
    }

    @Test
    void badAccountInputIsRefusedWithTheField() {
        assertThatThrownBy(() -> accounts.create(admin, new NewAccount("not-an-email", "X", false, false, List.of())))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("email:");
        assertThatThrownBy(() -> accounts.create(admin, new NewAccount(email, "X", false, false, List.of("NOWHERE"))))
                .hasMessageContaining("unknown stakeholder code 'NOWHERE'");
        assertThatThrownBy(() -> accounts.create(admin, new NewAccount("ADMIN@example.org", "X", false, false, List.of())))
                .hasMessageContaining("already exists");
    }

    @Test
    void apiTokensAreStoredHashedCarryTheOwnersRightsAndCanBeRevoked() {
        var account = accounts.create(admin, new NewAccount(email, "Token owner", false, false, List.of("GHA")));
        var owner = new CurrentUser(account.id(), email, "Token owner", false, false,
                Set.copyOf(jdbc.sql("select stakeholder_id from focal_point where user_id = :id").param("id", account.id())
                        .query(Long.class).list()));
        var created = tokens.create(owner, "my script");
        assertThat(created.secret()).startsWith("a4p_").hasSizeGreaterThan(40);
        assertThat(count("select count(*) from api_token where token_hash = '" + created.secret() + "'")).isZero();
        var principal = tokens.authenticate(created.secret()).orElseThrow();
        assertThat(principal.user().stakeholderIds()).isEqualTo(owner.stakeholderIds());
        assertThat(principal.user().administrator()).isFalse();
        assertThat(tokens.tokens(owner)).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        tokens.revoke(owner, created.token().id());
        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.authenticate("a4p_forged")).isEmpty();
    }

    @Test
    void theAuditLogFiltersByActionActorAndOutcome() {
        accounts.create(admin, new NewAccount(email, "Audited", false, false, List.of()));
        var page = audit.find(admin, new AuditFilter("CREATE_USER", "SUCCESS", "ADMIN@example.org", null, null), new PageRequest(1, 200));
        assertThat(page.items()).isNotEmpty().allMatch(e -> e.action().equals("CREATE_USER") && e.actorLabel().equals("admin@example.org"));
        assertThat(page.items().get(0).detail()).startsWith(email);
        assertThat(audit.find(admin, new AuditFilter(null, "DENIED", "nobody@example.org", null, null), new PageRequest(1, 10))
                .totalItems()).isZero();
    }

    @Test
    void signInThrottlingIsKeptInTheDatabaseWithGrowingDelaysPerPlaceAndAccount() {
        var throttle = new SignInThrottle(jdbc, java.util.Optional.empty());
        String guesser = "10.1." + UUID.randomUUID().hashCode() % 250 + ".1";
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.attempt(email, guesser).outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.ALLOWED);
        }
        var sixth = throttle.attempt(email, guesser);
        assertThat(sixth.outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.ACCOUNT_THROTTLED);
        assertThat(sixth.retryAfterSeconds()).isBetween(1L, 12L);
        // the person from their own place is not cut off, and a success there starts that pair afresh
        assertThat(throttle.attempt(email, "10.200.0.7").outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.ALLOWED);
        // unknown e-mails are throttled alike: the answer tells nothing about which accounts exist
        String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        var outcomes = new java.util.ArrayList<SignInThrottle.Verdict.Outcome>();
        for (int i = 0; i < 6; i++) {
            outcomes.add(throttle.attempt(nobody, guesser).outcome());
        }
        assertThat(outcomes).containsExactly(SignInThrottle.Verdict.Outcome.ALLOWED, SignInThrottle.Verdict.Outcome.ALLOWED,
                SignInThrottle.Verdict.Outcome.ALLOWED, SignInThrottle.Verdict.Outcome.ALLOWED, SignInThrottle.Verdict.Outcome.ALLOWED,
                SignInThrottle.Verdict.Outcome.ACCOUNT_THROTTLED);
        assertThat(count("select count(*) from sign_in_bucket where bucket_key like 'pair:%'")).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from sign_in_bucket where bucket_key like :e").param("e", "%" + email + "%")
                .query(Long.class).single()).as("keys are hashed, never the e-mail").isZero();
    }

    /** A clock that tests move on. */
    static final class MovingClock extends java.time.Clock {
        private java.time.Instant now = java.time.Instant.now();

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    /**
     * One guesser at one person's password, waiting each time as long as told: 5 quick tries, then one every 12 s;
     * after 10 in a quarter of an hour one every 90 s; after 20 in a day one every 72 minutes. Spread over many
     * addresses, the e-mail has 50 an hour; one address, 20 a minute across e-mails (then 429).
     */
    @Test
    void signInDelaysGrowFromSecondsToMinutesToOverAnHour() {
        var clock = new MovingClock();
        var throttle = new SignInThrottle(jdbc, java.util.Optional.of(clock));
        String target = "tiers-" + UUID.randomUUID() + "@example.org";
        String guesser = "10.3." + Math.floorMod(UUID.randomUUID().hashCode(), 250) + ".3";
        var waits = new java.util.ArrayList<Long>(); // the wait told before each allowed attempt (0: none)
        long told = 0;
        while (waits.size() < 21) {
            var verdict = throttle.attempt(target, guesser);
            if (verdict.outcome() == SignInThrottle.Verdict.Outcome.ALLOWED) {
                waits.add(told);
                told = 0;
            } else {
                assertThat(verdict.outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.ACCOUNT_THROTTLED);
                told = Math.max(told, verdict.retryAfterSeconds());
                clock.advance(verdict.retryAfterSeconds());
            }
        }
        assertThat(waits.subList(0, 5)).containsOnly(0L);
        assertThat(waits.subList(5, 10)).allMatch(w -> w >= 1 && w <= 13);
        assertThat(waits.subList(10, 20)).anyMatch(w -> w > 60 && w <= 91).allMatch(w -> w <= 91);
        // the day's bucket has refilled a little during the quarter of an hour of guessing: most of 72 minutes remain
        assertThat(waits.get(20)).as("the 21st attempt in a day").isBetween(45L * 60, 72L * 60 + 1);

        String many = "spread-" + UUID.randomUUID() + "@example.org";
        String spread = "10." + (7 + Math.floorMod(UUID.randomUUID().hashCode(), 240)) + ".";
        for (int i = 0; i < 50; i++) {
            assertThat(throttle.attempt(many, spread + i + ".4").outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.ALLOWED);
        }
        var fiftyFirst = throttle.attempt(many, spread + "200.5");
        assertThat(fiftyFirst.outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.ACCOUNT_THROTTLED);
        assertThat(fiftyFirst.retryAfterSeconds()).isBetween(1L, 72L);

        String bulk = "10.6." + Math.floorMod(UUID.randomUUID().hashCode(), 250) + ".6";
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.attempt("bulk-" + i + "-" + UUID.randomUUID() + "@example.org", bulk).outcome())
                    .isEqualTo(SignInThrottle.Verdict.Outcome.ALLOWED);
        }
        var twentyFirst = throttle.attempt("bulk-" + UUID.randomUUID() + "@example.org", bulk);
        assertThat(twentyFirst.outcome()).isEqualTo(SignInThrottle.Verdict.Outcome.CLIENT_THROTTLED);
        assertThat(twentyFirst.retryAfterSeconds()).isBetween(1L, 4L);
    }

    @Test
    void concurrentAttemptsNeverGetMoreTokensThanTheBucketHolds() throws Exception {
        var throttle = new SignInThrottle(jdbc, java.util.Optional.empty());
        String client = "10.2." + UUID.randomUUID().hashCode() % 250 + ".2";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var attempts = new java.util.ArrayList<java.util.concurrent.Future<SignInThrottle.Verdict>>();
            for (int i = 0; i < 16; i++) {
                attempts.add(pool.submit(() -> throttle.attempt(email, client)));
            }
            long allowed = 0;
            for (var a : attempts) {
                allowed += a.get().outcome() == SignInThrottle.Verdict.Outcome.ALLOWED ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            pool.shutdown();
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
