package org.a4ptracker.shared;

import io.micrometer.core.instrument.Metrics;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The application's own metrics, beside Spring Boot's (HTTP latency, connection pool, JVM), served at
 * {@code /actuator/prometheus}: rows written by imports, and hits and misses of the figures a node keeps. Recorded on
 * Micrometer's global registry, to which Spring Boot adds its own, so that small classes created without Spring
 * ({@link FreshCache}) can count too.
 */
public final class AppMetrics {

    private AppMetrics() {
    }

    /** Rows an import wrote, counted once its transaction committed (a rolled-back import wrote nothing). */
    public static void importedRows(String kind, long rows) {
        Runnable count = () -> Metrics.counter("a4p.import.rows", "kind", kind).increment(rows);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    /** The counter of a kept-figures cache's hits or misses (composite: follows registries added later). */
    static io.micrometer.core.instrument.Counter cacheGets(String cache, boolean hit) {
        return Metrics.counter("a4p.cache.gets", "cache", cache, "result", hit ? "hit" : "miss");
    }
}
