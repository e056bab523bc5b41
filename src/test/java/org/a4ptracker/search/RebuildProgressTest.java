package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.a4ptracker.shared.RenderedHtml;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The administrators' page while a node rebuilds its index: a progress bar with how many of the published actions are
 * in, as a number and a percentage readable without script, and the page asks for itself again every 2 s (swap.js);
 * once built, no bar and no polling.
 */
@H2Test
class RebuildProgressTest {

    @Autowired
    RenderedHtml.Renderer renderer;

    @BeforeEach
    void aRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(), new MockHttpServletResponse()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aRunningBuildShowsItsProgressAndAFinishedOneDoesNot() {
        var building = new IndexStatus(false, 120_000, 480_000, 50L << 20, "memory", 4, 0, null, true, 120_000, 480_000,
                Instant.parse("2026-12-06T03:00:00Z"));
        String html = renderer.render("search/admin", "status", Map.of("status", building), Locale.ENGLISH).html();
        assertThat(html).contains("<label for=\"build-progress\">Building: 120,000 of 480,000 published actions</label>")
                .contains("<progress id=\"build-progress\" value=\"120000\" max=\"480000\">25 %</progress>")
                .contains("data-swap-every=\"2000\"").contains("data-swap-src=\"/admin/search\"");

        String french = renderer.render("search/admin", "status", Map.of("status", building), Locale.FRENCH).html();
        assertThat(french).contains("actions publiées sur").contains("25 %</progress>");

        var built = new IndexStatus(true, 480_000, 480_000, 150L << 20, "memory", 4, 9, Instant.parse("2026-12-06T03:02:00Z"),
                false, 0, 0, null);
        String done = renderer.render("search/admin", "status", Map.of("status", built), Locale.ENGLISH).html();
        assertThat(done).doesNotContain("<progress").doesNotContain("data-swap-every").contains("480,000");
    }
}
