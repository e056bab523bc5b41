package org.a4ptracker.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bucket4j's token buckets kept in table {@code sign_in_bucket}, on H2 and PostgreSQL alike, by compare-and-swap:
 * a bucket's state is replaced only if nobody replaced it since it was read, so that two app nodes (or two threads)
 * counting attempts at once never lose one. Bucket4j ships no such manager for H2, hence this small one.
 */
final class ThrottleBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    /** Longer than the slowest refill of any bucket: a row older than this is a full bucket and can go. */
    static final Duration KEEP = Duration.ofDays(1).plusHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ThrottleBuckets(JdbcClient jdbc, Clock clock) {
        // the buckets' time is the clock's (wall time, as every node shares the rows), so that tests can move it
        super(ClientSideConfig.getDefault().withClientClock(new io.github.bucket4j.TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        }));
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return jdbc.sql("select state from sign_in_bucket where bucket_key = :key").param("key", key)
                        .query(byte[].class).optional();
            }

            @Override
            public boolean compareAndSwap(byte[] original, byte[] updated, RemoteBucketState state, Optional<Long> timeoutNanos) {
                Timestamp expires = Timestamp.from(Instant.now(clock).plus(KEEP));
                if (original == null) {
                    jdbc.sql("delete from sign_in_bucket where expires_at < :now").param("now", Timestamp.from(Instant.now(clock)))
                            .update();
                    try {
                        return jdbc.sql("insert into sign_in_bucket (bucket_key, state, expires_at) values (:key, :state, :expires)")
                                .param("key", key).param("state", updated).param("expires", expires).update() == 1;
                    } catch (DuplicateKeyException raced) {
                        return false;
                    }
                }
                return jdbc.sql("""
                        update sign_in_bucket set state = :updated, expires_at = :expires
                        where bucket_key = :key and state = :original
                        """).param("key", key).param("updated", updated).param("original", original).param("expires", expires)
                        .update() == 1;
            }
        };
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("sign-in throttling is synchronous");
    }

    @Override
    public void removeProxy(String key) {
        jdbc.sql("delete from sign_in_bucket where bucket_key = :key").param("key", key).update();
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("sign-in throttling is synchronous");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }
}
