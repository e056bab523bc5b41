package org.a4ptracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.a4ptracker.action.ActionPublished;
import org.a4ptracker.action.ActionWithdrawn;
import org.a4ptracker.indicator.IndicatorPeriodMoved;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.survey.SurveyResultsChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Each of the four events after which the public may see something else evicts what the overview keeps. */
@H2Test
class OverviewCacheEvictionTest {

    @Autowired
    OverviewCache cache;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void everyKindOfPublicChangeEvictsTheKeptOverviewAndItsSections() {
        for (Object event : List.of(new ActionPublished(1, 2), new ActionWithdrawn(1, 2), new SurveyResultsChanged(3),
                new IndicatorPeriodMoved("MINUSCA", "2026-01", "APPROVED"))) {
            var kept = new org.a4ptracker.shared.RenderedHtml("before " + event);
            assertThat(cache.mapSection("key", () -> kept)).isSameAs(kept);
            assertThat(cache.mapSection("key", () -> new org.a4ptracker.shared.RenderedHtml("not computed"))).isSameAs(kept);
            events.publishEvent(event);
            assertThat(cache.mapSection("key", () -> new org.a4ptracker.shared.RenderedHtml("after")).html())
                    .as("evicted by %s", event).isEqualTo("after");
            events.publishEvent(event); // leave nothing kept for the next event
        }
    }
}
