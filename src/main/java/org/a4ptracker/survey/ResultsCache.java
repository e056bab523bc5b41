package org.a4ptracker.survey;

import java.util.function.Supplier;

import org.a4ptracker.shared.FreshCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Figures of published rounds, computed once: a published round is nearly final (no answers once it
 * is closed, publishing is its last step); only a reviewer reopening one of its responses changes it.
 */
@Component
class ResultsCache {

    private final FreshCache<String, RoundResults> figures = new FreshCache<>(500);

    RoundResults get(long roundId, Long previousId, Supplier<RoundResults> compute) {
        return figures.get(roundId + ":" + (previousId == null ? "" : previousId), compute);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(SurveyResultsChanged event) {
        figures.evict();
    }
}
