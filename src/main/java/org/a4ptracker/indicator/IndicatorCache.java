package org.a4ptracker.indicator;

import java.util.List;
import java.util.function.Supplier;

import org.a4ptracker.shared.FreshCache;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalogue (written only by the seeders at start-up) and the public series (approved values
 * only, which change only when a period is approved or unlocked), kept until they change.
 */
@Component
class IndicatorCache {

    private final FreshCache<String, List<Indicator>> catalogue = new FreshCache<>(1);
    private final FreshCache<String, SeriesView> series = new FreshCache<>(5000);

    List<Indicator> catalogue(Supplier<List<Indicator>> compute) {
        return catalogue.get("all", compute);
    }

    SeriesView publicSeries(String code, String disaggregation, String reporter, Supplier<SeriesView> compute) {
        return series.get(code + "|" + disaggregation + "|" + (reporter == null ? "" : reporter), compute);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(IndicatorPeriodMoved event) {
        series.evict();
    }

    /** The seeders write directly, before the app is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        catalogue.evict();
        series.evict();
    }
}
