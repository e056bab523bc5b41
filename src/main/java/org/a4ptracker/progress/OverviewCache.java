package org.a4ptracker.progress;

import java.util.function.Supplier;

import org.a4ptracker.shared.FreshCache;
import org.a4ptracker.shared.PublicData;
import org.a4ptracker.shared.PublicDataChanged;
import org.a4ptracker.shared.RenderedHtml;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The overview, computed once and kept until what it shows changes: an action published or
 * withdrawn, a survey round's results, an indicator period approved or unlocked (after the commit,
 * so that the next page load shows it, as before). Endorsements, stakeholders and cycles are
 * reference data, written only by the seeders at start-up.
 */
@Component
class OverviewCache {

    /** One overview per kind of stakeholder the actions per area are counted for (and all), per day. */
    private final FreshCache<String, Overview> overview = new FreshCache<>("OverviewCache.overview", 16);
    /** The reporting-status map per cycle, kind and language, and its section rendered once (177 outlines, ~190 rows). */
    private final FreshCache<String, ReportingMap> maps = new FreshCache<>("OverviewCache.maps", 64);
    private final FreshCache<String, RenderedHtml> mapSections = new FreshCache<>("OverviewCache.mapSections", 64);
    /** An area's commitments × evidence grid: actions, the latest round's perception, indicators' attainment. */
    private final FreshCache<Integer, EvidenceGridSection.Grid> grids = new FreshCache<>("OverviewCache.grids", 16);

    /** Dropped whenever any node changes actions, survey results or indicator values (seen through the version rows). */
    OverviewCache(PublicData publicData) {
        publicData.onChange(this::evict, PublicData.Kind.values());
    }

    Overview get(String key, Supplier<Overview> compute) {
        return overview.get(key, compute);
    }

    ReportingMap map(String key, Supplier<ReportingMap> compute) {
        return maps.get(key, compute);
    }

    RenderedHtml mapSection(String key, Supplier<RenderedHtml> render) {
        return mapSections.get(key, render);
    }

    EvidenceGridSection.Grid grid(int area, Supplier<EvidenceGridSection.Grid> compute) {
        return grids.get(area, compute);
    }

    private void evict() {
        overview.evict();
        maps.evict();
        mapSections.evict();
        grids.evict();
    }

    /** An action published or withdrawn, a round's results, an indicator period: after the commit. */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(PublicDataChanged event) {
        evict();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        evict();
    }
}
