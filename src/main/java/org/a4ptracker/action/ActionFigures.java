package org.a4ptracker.action;

import java.util.List;
import java.util.function.Supplier;

import org.a4ptracker.shared.FreshCache;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts over published actions (per area, status, cycle, mission; the totals of public lists) and the
 * boundaries of deep public pages, kept until an action is published or withdrawn: only those change what
 * the public sees (a republished revision too: publishing sets its published_at anew). Another node's publication is
 * seen through the version row every request reads ({@link org.a4ptracker.shared.PublicData}): the counts themselves
 * are summary rows in the database, so what is kept here is an optimisation only.
 */
@Component
class ActionFigures {

    private final FreshCache<Object, Object> figures = new FreshCache<>("ActionFigures.figures", 20_000);
    /** Fewer keys than the figures: one list's boundaries are up to (rows / step) keys, not one number. */
    private final FreshCache<Object, List<ActionListRepository.Key>> boundaries = new FreshCache<>("ActionFigures.boundaries", 500);

    /** Kept only while the actions' version in the database stays as this node last read it (any node's publication moves it). */
    ActionFigures(org.a4ptracker.shared.PublicData publicData) {
        publicData.onChange(this::evict, org.a4ptracker.shared.PublicData.Kind.ACTIONS);
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> compute) {
        return (T) figures.get(key, compute::get);
    }

    List<ActionListRepository.Key> boundaries(Object key, Supplier<List<ActionListRepository.Key>> compute) {
        return boundaries.get(key, compute);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(ActionPublished event) {
        evict();
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(ActionWithdrawn event) {
        evict();
    }

    /** The sample data is written directly, before the app is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        evict();
    }

    private void evict() {
        figures.evict();
        boundaries.evict();
    }
}
