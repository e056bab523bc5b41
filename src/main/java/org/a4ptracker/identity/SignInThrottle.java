package org.a4ptracker.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Throttles password sign-in instead of locking accounts. Each attempt takes a token from three buckets:
 * the client address's (bulk guessing across accounts: refused with 429 and Retry-After), the pair of
 * e-mail and client address (guessing one person's password from one place: delays that grow from seconds
 * to over an hour), and the e-mail's from anywhere (guessing spread over many addresses). A successful
 * sign-in gives its tokens back. Nothing is locked: live sessions and API tokens keep working, and the
 * person can still sign in from their own address while someone elsewhere guesses. Keys are hashed, and
 * an unknown e-mail is throttled exactly like a known one, so the answers reveal no account.
 */
@Component
public class SignInThrottle {

    /** What an attempt may do: go on, be refused for its account (wait), or be refused for its client (429). */
    public record Verdict(Outcome outcome, long retryAfterSeconds) {

        public enum Outcome { ALLOWED, ACCOUNT_THROTTLED, CLIENT_THROTTLED }
    }

    private static final BucketConfiguration CLIENT = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofMinutes(1)))
            .addLimit(limit -> limit.capacity(100).refillGreedy(100, Duration.ofHours(1)))
            .build();
    // 5 quick tries, then one every 12 s; after 10 in a quarter of an hour one every 90 s; after 20 a day, one every 72 min
    private static final BucketConfiguration PAIR = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofMinutes(1)))
            .addLimit(limit -> limit.capacity(10).refillGreedy(10, Duration.ofMinutes(15)))
            .addLimit(limit -> limit.capacity(20).refillGreedy(20, Duration.ofDays(1)))
            .build();
    private static final BucketConfiguration ACCOUNT = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(50).refillGreedy(50, Duration.ofHours(1)))
            .build();

    private final ThrottleBuckets buckets;

    SignInThrottle(JdbcClient jdbc, Optional<Clock> clock) {
        this.buckets = new ThrottleBuckets(jdbc, clock.orElse(Clock.systemUTC()));
    }

    /** Takes a token for an attempt to sign in as {@code email} from {@code client}, or says why not and for how long. */
    public Verdict attempt(String email, String client) {
        var byClient = bucket("client", client, CLIENT).tryConsumeAndReturnRemaining(1);
        if (!byClient.isConsumed()) {
            return new Verdict(Verdict.Outcome.CLIENT_THROTTLED, seconds(byClient.getNanosToWaitForRefill()));
        }
        var byPair = bucket("pair", UserRepository.normalise(email) + "|" + client, PAIR).tryConsumeAndReturnRemaining(1);
        if (!byPair.isConsumed()) {
            return new Verdict(Verdict.Outcome.ACCOUNT_THROTTLED, seconds(byPair.getNanosToWaitForRefill()));
        }
        var byAccount = bucket("account", UserRepository.normalise(email), ACCOUNT).tryConsumeAndReturnRemaining(1);
        if (!byAccount.isConsumed()) {
            bucket("pair", UserRepository.normalise(email) + "|" + client, PAIR).addTokens(1);
            return new Verdict(Verdict.Outcome.ACCOUNT_THROTTLED, seconds(byAccount.getNanosToWaitForRefill()));
        }
        return new Verdict(Verdict.Outcome.ALLOWED, 0);
    }

    /** A successful sign-in is not guessing: its tokens go back, and the pair starts afresh. */
    void succeeded(String email, String client) {
        bucket("client", client, CLIENT).addTokens(1);
        bucket("account", UserRepository.normalise(email), ACCOUNT).addTokens(1);
        bucket("pair", UserRepository.normalise(email) + "|" + client, PAIR).reset();
    }

    private BucketProxy bucket(String kind, String subject, BucketConfiguration configuration) {
        return buckets.builder().build(kind + ":" + Tokens.hash(String.valueOf(subject)), () -> configuration);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
