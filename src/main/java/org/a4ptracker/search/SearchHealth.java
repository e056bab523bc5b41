package org.a4ptracker.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * This node's search index in /actuator/health: UP while it builds too (the rest of the app serves meanwhile), with
 * whether it answers searches, its documents and size, and a running build's progress.
 */
@Component("search")
class SearchHealth implements HealthIndicator {

    private final NodeIndex node;

    SearchHealth(NodeIndex node) {
        this.node = node;
    }

    @Override
    public Health health() {
        IndexStatus s = node.status();
        var health = Health.up().withDetail("ready", s.ready()).withDetail("documents", s.documents())
                .withDetail("actions", s.actions())
                .withDetail("sizeBytes", s.sizeBytes()).withDetail("generation", s.generation()).withDetail("appliedUpTo", s.appliedUpTo());
        if (s.building()) {
            health.withDetail("building", s.buildDone() + " of " + s.buildTotal() + " published actions");
        }
        return health.build();
    }
}
