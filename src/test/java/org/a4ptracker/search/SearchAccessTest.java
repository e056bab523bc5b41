package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only public data is found by the public: drafts, submissions and returned actions planted with a marker word are
 * never found without signing in, whatever the query, kind or filter; a focal point finds their own stakeholder's,
 * and no other's; once published the action is found at once, once withdrawn no longer.
 */
@H2Test
class SearchAccessTest {

    private static final String MARKER = "Quxblorfian";

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchService search;
    @Autowired
    ActionService actions;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void plantedDraftsAreNeverFoundByThePublicAndOnlyByTheirOwnFocalPoints() throws Exception {
        var accounts = new TestAccounts(jdbc);
        CurrentUser ghana = ((AccountPrincipal) users.loadUserByUsername("focal.point@example.org")).user();
        CurrentUser france = accounts.focalPointOf("FRA");
        CurrentUser reviewer = accounts.reviewer();
        long draft = actions.create(ghana, "GHA", planted(MARKER + " draft of Ghana"));
        long submitted = actions.create(ghana, "GHA", planted(MARKER + " submission of Ghana"));
        actions.submit(ghana, submitted, 0);
        long french = actions.create(france, "FRA", planted(MARKER + " draft of France"));

        for (String q : List.of(MARKER, MARKER.toLowerCase(Locale.ROOT) + " draft", "draft of Ghana " + MARKER)) {
            mvc.perform(get("/search").param("q", q)).andExpect(content().string(allOf(containsString("Nothing public matches"),
                    not(containsString("id=\"group-draft\"")), not(containsString("/actions/" + draft + "\"")))));
            mvc.perform(get("/api/v1/search").param("q", q)).andExpect(jsonPath("$.groups").isEmpty());
            mvc.perform(get("/api/v1/search").param("q", q).param("kind", "draft")).andExpect(jsonPath("$.groups").isEmpty());
            mvc.perform(get("/api/v1/search").param("q", q).param("kind", "action").param("area", "3")).andExpect(jsonPath("$.groups").isEmpty());
        }
        mvc.perform(get("/api/v1/search/suggest").param("q", MARKER.substring(0, 5))).andExpect(jsonPath("$").isEmpty());

        assertThat(refs(ghana)).containsExactlyInAnyOrder(String.valueOf(draft), String.valueOf(submitted));
        assertThat(refs(france)).containsExactly(String.valueOf(french));
        assertThat(search.search(reviewer, request(MARKER)).groups()).isEmpty();
        mvc.perform(get("/search").param("q", MARKER).with(user(users.loadUserByUsername("focal.point@example.org"))))
                .andExpect(content().string(allOf(containsString("id=\"group-draft\""), containsString("<mark>" + MARKER + "</mark>"),
                        containsString("Submitted for review"), not(containsString("France")))));

        actions.publish(reviewer, submitted, 1);
        assertThat(publicRefs()).containsExactly(String.valueOf(submitted));
        actions.withdraw(ghana, submitted, 2, "Reported twice");
        assertThat(publicRefs()).isEmpty();
    }

    @Test
    void aSearchAskedAgainIsAnsweredFromWhatTheNodeKeptUntilItsIndexChanges() {
        var hits = io.micrometer.core.instrument.Metrics.counter("a4p.cache.gets", "cache", "search", "result", "hit");
        var first = search.search(null, request("sample"));
        double before = hits.count();
        var again = search.search(null, request("sample"));
        assertThat(hits.count() - before).isEqualTo(1.0);
        assertThat(again.groups()).isEqualTo(first.groups()).isNotEmpty();

        var ghana = ((AccountPrincipal) users.loadUserByUsername("focal.point@example.org")).user();
        var content = planted("Zorblaxian published at once");
        long id = actions.create(ghana, "GHA", content);
        assertThat(search.search(null, request("Zorblaxian")).groups()).isEmpty();
        actions.submit(ghana, id, 0);
        actions.publish(new TestAccounts(jdbc).reviewer(), id, 1);
        assertThat(search.search(null, request("Zorblaxian")).groups()).hasSize(1);
    }

    @Test
    void aQueryIsShownBackEscaped() throws Exception {
        mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
                .andExpect(content().string(allOf(containsString("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""),
                        containsString("matches \u201c&lt;script&gt;alert(1)&lt;/script&gt;\u201d"), not(containsString("<script>alert(1)")))));
    }

    private List<String> refs(CurrentUser user) {
        return search.search(user, request(MARKER)).groups().stream().filter(g -> g.kind() == Kind.DRAFT)
                .flatMap(g -> g.hits().stream()).map(SearchHit::ref).toList();
    }

    private List<String> publicRefs() {
        return search.search(null, request(MARKER)).groups().stream().flatMap(g -> g.hits().stream()).map(SearchHit::ref).toList();
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, null, null, null, null, SearchRequest.Order.NEWEST, 1, 20, Locale.ENGLISH);
    }

    private static ActionContent planted(String title) {
        return new ActionContent(title, "Planted to check that unpublished work stays private: " + title, ActionStatus.ONGOING, 2026,
                LocalDate.of(2026, 1, 1), null, List.of(13), List.of(), List.of());
    }
}
