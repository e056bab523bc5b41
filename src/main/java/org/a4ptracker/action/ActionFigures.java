package org.a4ptracker.action;

import java.util.function.Supplier;

import org.a4ptracker.shared.FreshCache;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts over published actions (per area, status, cycle, mission; the totals of public lists),
 * kept until an action is published or withdrawn: only those change what the public sees.
 */
@Component
class ActionFigures {

    private final FreshCache<Object, Object> figures = new FreshCache<>(20_000);

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        return (T) figures.get(key, compute::get);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(ActionPublished event) {
        figures.evict();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(ActionWithdrawn event) {
        figures.evict();
    }

    /** The sample data is written directly, before the app is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        figures.evict();
    }
}
