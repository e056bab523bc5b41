package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class FreshCacheTest {

    @Test
    void keepsAComputedValueUntilEvicted() {
        var cache = new FreshCache<String, Integer>("test", 10);
        var computations = new AtomicInteger();
        assertThat(cache.get("a", computations::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("a", computations::incrementAndGet)).isEqualTo(1);
        cache.evict();
        assertThat(cache.get("a", computations::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void doesNotKeepAComputationThatOverlapsAnEviction() {
        var cache = new FreshCache<String, String>("test", 10);
        assertThat(cache.get("a", () -> {
            cache.evict(); // the data changed while the figures were being computed from the old state
            return "old";
        })).isEqualTo("old");
        assertThat(cache.get("a", () -> "new")).isEqualTo("new");
    }

    @Test
    void computesOnceForConcurrentReaders() throws Exception {
        var cache = new FreshCache<String, Integer>("test", 10);
        var computations = new AtomicInteger();
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(4);
        var first = pool.submit(() -> cache.get("a", () -> {
            started.countDown();
            await(release);
            return computations.incrementAndGet();
        }));
        started.await(5, TimeUnit.SECONDS);
        var others = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> pool.submit(() -> cache.get("a", computations::incrementAndGet))).toList();
        Thread.sleep(100);
        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        for (var other : others) {
            assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        }
        assertThat(computations).hasValue(1);
        pool.shutdown();
    }

    @Test
    void forgetsAFailureAndIsBounded() {
        var cache = new FreshCache<Integer, Integer>("test", 2);
        assertThatThrownBy(() -> cache.get(1, () -> {
            throw new IllegalArgumentException("broken");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("broken");
        assertThat(cache.get(1, () -> 1)).isEqualTo(1);
        cache.get(2, () -> 2);
        cache.get(3, () -> 3);
        assertThat(cache.size()).isLessThanOrEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
