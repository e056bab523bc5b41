package org.a4ptracker.search;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One full build of a node's index into a new folder (or memory): the catalogue, then every published action by id,
 * with its progress readable while it runs. The node swaps it in when it is done.
 */
final class IndexBuild {

    private final long generation;
    private final Instant started;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;

    IndexBuild(long generation, Instant started) {
        this.generation = generation;
        this.started = started;
    }

    /** Builds a complete index; the caller commits and swaps it. */
    SearchIndex run(DocumentSource source, Path folder) {
        total = source.publishedActionCount();
        SearchIndex index = SearchIndex.open(folder);
        try {
            index.add(source.catalogue());
            source.forEachActionBatch(batch -> {
                index.add(batch);
                done.addAndGet(batch.size());
            });
            index.refresh();
            return index;
        } catch (RuntimeException e) {
            index.close();
            if (folder != null) {
                IndexFolders.delete(folder);
            }
            throw e;
        }
    }

    long generation() {
        return generation;
    }

    Instant started() {
        return started;
    }

    /** Published actions indexed so far, and how many there were when the build began. */
    long done() {
        return done.get();
    }

    long total() {
        return Math.max(total, done.get());
    }
}
