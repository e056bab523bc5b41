package org.a4ptracker.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current: at start it reopens the index on disk or builds one (before serving when the
 * data is small, in the background otherwise), then polls the change log every {@code a4p.search.poll-interval}
 * and starts a full build when the database asks for one. Runs after the seeders and sample data.
 */
@Component
@Order(100)
class IndexFollower implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

    private final NodeIndex node;
    private final DocumentSource source;
    private final ChangeLog changes;
    private final SearchProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "search-follower"));
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> daemon(r, "search-build"));
    private volatile Future<?> building;
    private volatile Instant lastPrune = Instant.EPOCH;

    IndexFollower(NodeIndex node, DocumentSource source, ChangeLog changes, SearchProperties properties, Optional<Clock> clock) {
        this.node = node;
        this.source = source;
        this.changes = changes;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (node.reopen()) {
            node.catchUp();
            if (!node.agreesWithDatabase()) {
                log.info("Search index: the index on disk does not hold every published action; rebuilding it");
                startBuild();
            }
        } else if (source.publishedActionCount() <= properties.buildBeforeStartUpTo()) {
            node.rebuild();
        } else {
            log.info("Search index: building in the background; search answers when it is done");
            startBuild();
        }
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** One poll: a build if the database asks for one, otherwise the changes logged since the last poll. */
    void tick() {
        try {
            if (!isBuilding() && node.needsBuild()) {
                startBuild();
            }
            node.catchUp();
            Instant now = Instant.now(clock);
            if (now.isAfter(lastPrune.plusSeconds(3600))) {
                lastPrune = now;
                changes.prune(now.minus(properties.keepChanges()));
            }
        } catch (RuntimeException e) {
            log.warn("Search index: could not follow the change log ({}); trying again", e.toString());
        }
    }

    boolean isBuilding() {
        Future<?> b = building;
        return b != null && !b.isDone();
    }

    private synchronized void startBuild() {
        if (!isBuilding()) {
            building = builder.submit(() -> {
                try {
                    node.rebuild();
                } catch (RuntimeException e) {
                    log.error("Search index: the build failed; the next poll tries again", e);
                }
            });
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        builder.shutdownNow();
        node.close();
    }

    private static Thread daemon(Runnable r, String name) {
        var t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
