package org.a4ptracker.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this node keeps its index (empty: in memory, rebuilt at every start), how often it polls the change log,
 * how long it waits for a change id that may belong to a transaction still running, how long the log keeps changes,
 * and up to how many published actions the first build finishes before the app starts serving.
 */
@ConfigurationProperties("a4p.search")
record SearchProperties(String indexDir, @DefaultValue("500ms") Duration pollInterval, @DefaultValue("60s") Duration gapPatience,
                        @DefaultValue("7d") Duration keepChanges, @DefaultValue("50000") long buildBeforeStartUpTo) {

    Path indexPath() {
        return indexDir == null || indexDir.isBlank() ? null : Path.of(indexDir);
    }
}
