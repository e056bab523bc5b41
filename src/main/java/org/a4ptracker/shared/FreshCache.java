package org.a4ptracker.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Figures computed from published data, kept until the module that owns the data says it changed
 * ({@link #evict()}, called after the commit). Readers never get figures older than the last
 * eviction: a computation that overlaps one is handed to its waiting readers but not kept. One
 * computation per key at a time, so that a burst of readers after an eviction costs one
 * recomputation, not one each. Bounded: past {@code maxEntries} keys everything is dropped.
 */
public final class FreshCache<K, V> {

    private record Entry<V>(long generation, FutureTask<V> task) {
    }

    private final int maxEntries;
    private final io.micrometer.core.instrument.Counter hits;
    private final io.micrometer.core.instrument.Counter misses;
    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    /** {@code name} tags its hits and misses in the metrics ({@code a4p.cache.gets}). */
    public FreshCache(String name, int maxEntries) {
        this.hits = AppMetrics.cacheGets(name, true);
        this.misses = AppMetrics.cacheGets(name, false);
        this.maxEntries = maxEntries;
    }

    public V get(K key, Supplier<V> compute) {
        Entry<V> entry = entries.get(key);
        (entry != null ? hits : misses).increment();
        if (entry == null) {
            long now = generation.get();
            var created = new Entry<>(now, new FutureTask<>(compute::get));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entry = entries.putIfAbsent(key, created);
            if (entry == null) {
                entry = created;
                created.task().run();
                if (generation.get() != now) {
                    entries.remove(key, created);
                }
            }
        }
        try {
            return entry.task().get();
        } catch (ExecutionException e) {
            entries.remove(key, entry);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a computation", e);
        }
    }

    /** The data changed: what is kept goes, and what is being computed now will not be kept. */
    public void evict() {
        generation.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
