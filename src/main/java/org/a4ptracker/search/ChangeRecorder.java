package org.a4ptracker.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.a4ptracker.action.ActionPublished;
import org.a4ptracker.action.ActionWithdrawn;
import org.a4ptracker.shared.PublicDataChanged;
import org.a4ptracker.survey.SurveyResultsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Logs what the index must learn, in the transaction that changes it (so every node learns it, and only if it
 * commits), and lets this node apply it straight after the commit; the other nodes find it when they next poll.
 */
@Component
class ChangeRecorder {

    private static final Logger log = LoggerFactory.getLogger(ChangeRecorder.class);

    private final ChangeLog changes;
    private final NodeIndex node;
    private final Clock clock;

    ChangeRecorder(ChangeLog changes, NodeIndex node, Optional<Clock> clock) {
        this.changes = changes;
        this.node = node;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    void published(ActionPublished event) {
        changes.record(ChangeLog.ChangeKind.ACTION, event.actionId(), Instant.now(clock));
    }

    @EventListener
    void withdrawn(ActionWithdrawn event) {
        changes.record(ChangeLog.ChangeKind.ACTION, event.actionId(), Instant.now(clock));
    }

    /** A round published (or its results reopened): the catalogue, which holds the published rounds, is rebuilt. */
    @EventListener
    void roundChanged(SurveyResultsChanged event) {
        changes.record(ChangeLog.ChangeKind.CATALOGUE, event.roundId(), Instant.now(clock));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterCommit(PublicDataChanged event) {
        try {
            node.catchUp();
        } catch (RuntimeException e) {
            // the follower retries within a second; the change that was committed must not be reported as failed
            log.warn("Search index: could not apply a change right after its commit ({}); the follower will", e.toString());
        }
    }
}
