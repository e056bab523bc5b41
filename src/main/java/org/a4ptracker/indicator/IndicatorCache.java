package org.a4ptracker.indicator;

import java.util.List;
import java.util.function.Supplier;

import org.a4ptracker.shared.FreshCache;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The catalogue, written only by the seeders at start-up, kept after the first read. (The public
 * series over all reporters are kept by {@link IndicatorService} until the indicators' version moves.)
 */
@Component
class IndicatorCache {

    private final FreshCache<String, List<Indicator>> catalogue = new FreshCache<>("IndicatorCache.catalogue", 1);

    List<Indicator> catalogue(Supplier<List<Indicator>> compute) {
        return catalogue.get("all", compute);
    }

    /** The seeders write directly, before the app is ready. */
    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        catalogue.evict();
    }
}
