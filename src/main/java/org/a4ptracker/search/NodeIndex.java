package org.a4ptracker.search;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This node's index and its place in the change log. Searches use {@link #current()}; the follower applies new
 * changes ({@link #catchUp()}) and, when the generation in the database moves or this node fell behind the pruned
 * log, builds a fresh index beside the current one and swaps it in, then replays the changes made since it began.
 */
@Component
class NodeIndex {

    private static final Logger log = LoggerFactory.getLogger(NodeIndex.class);

    private final ChangeLog changes;
    private final DocumentSource source;
    private final ChangeApplier applier;
    private final SearchProperties properties;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicReference<SearchIndex> current = new AtomicReference<>();
    private volatile IndexBuild build;
    private volatile ChangeCursor cursor;
    private volatile long generation;
    private volatile String instance;
    private volatile Instant lastApplied;
    private volatile Instant lastCommit = Instant.EPOCH;
    private volatile boolean uncommitted;

    NodeIndex(ChangeLog changes, DocumentSource source, ChangeApplier applier, SearchProperties properties,
              java.util.Optional<Clock> clock) {
        this.changes = changes;
        this.source = source;
        this.applier = applier;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The index searches read; null until the first build is done. */
    SearchIndex current() {
        return current.get();
    }

    /** At start: reopens this node's index from its folder if it was built from this database, else needs a build. */
    boolean reopen() {
        var state = changes.state();
        instance = state.instanceId();
        Path root = properties.indexPath();
        var folder = root == null ? java.util.Optional.<Path>empty() : IndexFolders.reusable(root, instance, state.generation());
        if (folder.isEmpty()) {
            return false;
        }
        var index = SearchIndex.open(folder.get());
        long floor = Long.parseLong(SearchIndex.committed(folder.get()).getOrDefault(IndexFolders.FLOOR, "0"));
        if (floor < state.prunedBelow()) {
            index.close();
            return false;
        }
        lock.lock();
        try {
            generation = state.generation();
            cursor = new ChangeCursor(floor, properties.gapPatience());
            current.set(index);
        } finally {
            lock.unlock();
        }
        IndexFolders.deleteOthers(root, folder.get());
        log.info("Search index reopened from {} (change log applied up to {})", folder.get(), floor);
        return true;
    }

    /** Whether the index holds as many actions as are published (a bulk change by SQL leaves it short or over). */
    boolean agreesWithDatabase() {
        SearchIndex index = current();
        return index != null && applier.actionCount(index) == source.publishedActionCount();
    }

    /** Builds a complete index from the database and makes it current; changes since it began are replayed after. */
    void rebuild() {
        var state = changes.state();
        instance = state.instanceId();
        Instant started = Instant.now(clock);
        var b = new IndexBuild(state.generation(), started);
        build = b;
        try {
            Path root = properties.indexPath();
            Path folder = root == null ? null : IndexFolders.fresh(root, state.generation());
            SearchIndex fresh = b.run(source, folder);
            // changes pruned from the log are older than the build, which read what they changed: never below them
            long floor = Math.max(changes.lastBefore(started.minus(properties.gapPatience())), changes.state().prunedBelow());
            fresh.commit(IndexFolders.commitData(instance, state.generation(), floor));
            SearchIndex old;
            lock.lock();
            try {
                old = current.getAndSet(fresh);
                cursor = new ChangeCursor(floor, properties.gapPatience());
                generation = state.generation();
                lastCommit = Instant.now(clock);
            } finally {
                lock.unlock();
            }
            retire(old);
            if (root != null) {
                IndexFolders.deleteOthers(root, folder);
            }
            log.info("Search index built: {} published actions and the catalogue in {} s", b.done(),
                    java.time.Duration.between(started, Instant.now(clock)).toSeconds());
        } finally {
            build = null;
        }
    }

    /**
     * Applies the changes logged since the last call; false when another thread is at it or the log was pruned past
     * this index (only a build can make it right). While a reindex builds, the index in use keeps following the log,
     * so that a publication is found within a second during a build too (the new index replays it after the swap).
     */
    boolean catchUp() {
        if (current() == null || !lock.tryLock()) {
            return false;
        }
        try {
            var state = changes.state();
            if (cursor.floor() < state.prunedBelow()) {
                return false;
            }
            var read = changes.after(cursor.floor(), 5000);
            var fresh = cursor.fresh(read);
            if (!fresh.isEmpty()) {
                applier.apply(current(), fresh);
                lastApplied = Instant.now(clock);
                uncommitted = true;
            }
            cursor.applied(fresh, Instant.now(clock));
            commitNow(false);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the database asks for a build this node has not made (a new generation, or a log pruned past it). */
    boolean needsBuild() {
        var state = changes.state();
        return current() == null || state.generation() != generation || (cursor != null && cursor.floor() < state.prunedBelow());
    }

    /** Records the position in the log with the documents, every 30 seconds at most (or now, at shutdown). */
    void commitNow(boolean force) {
        SearchIndex index = current();
        Instant now = Instant.now(clock);
        if (index != null && index.path() != null && (uncommitted || force)
                && (force || now.isAfter(lastCommit.plusSeconds(30)))) {
            index.commit(IndexFolders.commitData(instance, generation, cursor.floor()));
            lastCommit = now;
            uncommitted = false;
        }
    }

    IndexStatus status() {
        SearchIndex index = current();
        IndexBuild b = build;
        return new IndexStatus(index != null, index == null ? 0 : index.documents(), index == null ? 0 : applier.actionCount(index),
                index == null ? 0 : index.sizeBytes(),
                index == null || index.path() == null ? "memory" : index.path().toString(), generation,
                cursor == null ? 0 : cursor.floor(), lastApplied, b != null, b == null ? 0 : b.done(), b == null ? 0 : b.total(),
                b == null ? null : b.started());
    }

    /** At shutdown: records the position in the log and closes the index, keeping its folder for the next start. */
    void close() {
        lock.lock();
        try {
            commitNow(true);
            SearchIndex index = current.getAndSet(null);
            if (index != null) {
                index.close();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Closes a replaced index, and deletes its folder, once searches begun on it have had time to finish. */
    private static void retire(SearchIndex old) {
        if (old != null) {
            var closer = new Thread(() -> {
                try {
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                old.close();
                if (old.path() != null) {
                    IndexFolders.delete(old.path());
                }
            }, "search-index-retire");
            closer.setDaemon(true);
            closer.start();
        }
    }
}
