package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;

import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.http.Cookie;
import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.identity.AccountUserDetailsService;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Public pages kept rendered (KeptPages): sent again byte for byte with the same headers, rendered again as soon as
 * public data changes on this node or on another, and never kept for a signed-in reader, a session or a language
 * choice.
 */
@H2Test
class KeptPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KeptPages kept;
    @Autowired
    ActionService actions;
    @Autowired
    AccountUserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nothingKept() {
        kept.clear();
    }

    @Test
    void aPublicPageIsRenderedOnceAndSentAgainWithTheSameBytesAndHeaders() throws Exception {
        var twice = askedTwice("/commitments/12");
        var first = twice[0];
        var second = twice[1];
        assertThat(second.getContentAsString()).contains("id=\"published-actions\"");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("Content-Security-Policy")).isNotBlank();
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        // and a browser that has it is told it has not changed
        var revalidated = mvc.perform(get("/commitments/12").header("If-None-Match", first.getHeader("ETag"))).andReturn().getResponse();
        assertThat(revalidated.getStatus()).isEqualTo(304);

        // the language and an htmx part are other pages
        var french = send(get("/commitments/12").header("Accept-Language", "fr"));
        assertThat(french.getContentAsString()).contains("lang=\"fr\"").isNotEqualTo(first.getContentAsString());
        assertThat(send(get("/commitments/12").header("Accept-Language", "fr")).getContentAsString()).isEqualTo(french.getContentAsString());
    }

    @Test
    void aPublicationShowsOnTheNextLoadAndAChangeCommittedByAnotherNodeToo() throws Exception {
        String before = send(get("/stakeholders/MLT")).getContentAsString();
        assertThat(send(get("/stakeholders/MLT")).getContentAsString()).isEqualTo(before);
        assertThat(kept.size()).isPositive();

        var testAccounts = new TestAccounts(jdbc);
        var focal = testAccounts.focalPointOf("MLT");
        var content = new ActionContent("Kept page marker action", "Done", ActionStatus.COMPLETED, 2026, LocalDate.of(2026, 1, 1),
                null, List.of(37), List.of(), List.of());
        long id = actions.create(focal, "MLT", content);
        actions.submit(focal, id, 0);
        assertThat(send(get("/stakeholders/MLT")).getContentAsString()).doesNotContain("Kept page marker action");
        actions.publish(testAccounts.reviewer(), id, 1);
        assertThat(send(get("/stakeholders/MLT")).getContentAsString()).contains("Kept page marker action");

        // another node's commit moves a version in the database: this node renders again on its next request
        String now = send(get("/stakeholders/MLT")).getContentAsString();
        double missesBefore = misses();
        jdbc.sql("update public_data_version set version = version + 1 where data_kind = 'INDICATORS'").update();
        assertThat(send(get("/stakeholders/MLT")).getContentAsString()).isEqualTo(now);
        assertThat(misses() - missesBefore).isEqualTo(1.0);
    }

    @Test
    void aPublicJsonAnswerIsKeptWithItsHeadersButNotACallOfSomeoneSignedIn() throws Exception {
        var second = askedTwice("/api/v1/commitments/12")[1];
        double hitsBefore = hits();
        assertThat(second.getContentType()).startsWith("application/json");
        assertThat(second.getContentAsString()).contains("\"number\":12");
        assertThat(second.getHeader("ETag")).isNull(); // the API is not kept by browsers (PublicPageCacheFilter)
        var principal = (AccountPrincipal) accounts.loadUserByUsername("focal.point@example.org");
        send(get("/api/v1/commitments/12").with(user(principal)));
        assertThat(hits() - hitsBefore).isZero();
        // a download streams and is never kept
        send(get("/api/v1/overview/actions-per-area.csv"));
        send(get("/api/v1/overview/actions-per-area.csv"));
        assertThat(hits() - hitsBefore).isZero();
    }

    @Test
    void nothingIsKeptForASignedInReaderASessionALanguageChoiceOrAPageThatIsNotPublic() throws Exception {
        var principal = (AccountPrincipal) accounts.loadUserByUsername("focal.point@example.org");
        send(get("/frameworks").with(user(principal)));
        send(get("/frameworks").cookie(new Cookie("SESSION", "someone")));
        var chosen = send(get("/frameworks").param("lang", "fr"));
        assertThat(chosen.getHeader("Set-Cookie")).contains("a4p-lang=fr");
        send(get("/login"));
        send(get("/actions/1"));
        send(get("/frameworks/nope"));
        assertThat(kept.size()).isZero();

        // a reader whose language cookie is French gets the French page, kept apart from the English one
        var french = send(get("/frameworks").cookie(new Cookie("a4p-lang", "fr")));
        var english = send(get("/frameworks"));
        assertThat(french.getContentAsString()).contains("lang=\"fr\"");
        assertThat(english.getContentAsString()).contains("lang=\"en\"");
        assertThat(kept.size()).isEqualTo(2);
    }

    /** Asks twice: the second answer comes from what is kept, with the same bytes and headers (but the request's id). */
    private MockHttpServletResponse[] askedTwice(String path) throws Exception {
        double hitsBefore = hits();
        var first = send(get(path));
        var second = send(get(path));
        assertThat(hits() - hitsBefore).isEqualTo(1.0);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(second.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
        for (String header : first.getHeaderNames()) {
            if (!header.equals(RequestLogFilter.HEADER)) {
                assertThat(second.getHeaders(header)).as(header).isEqualTo(first.getHeaders(header));
            }
        }
        return new MockHttpServletResponse[] {first, second};
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static double hits() {
        return Metrics.counter("a4p.cache.gets", "cache", "pages", "result", "hit").count();
    }

    private static double misses() {
        return Metrics.counter("a4p.cache.gets", "cache", "pages", "result", "miss").count();
    }
}
