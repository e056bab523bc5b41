package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class SearchControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePageGroupsResultsByKindWithMarkedMatchesAndWorksWithoutScript() throws Exception {
        mvc.perform(get("/search").param("q", "protection of civilians")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"group-commitment\""), containsString("id=\"group-action\""),
                        containsString("<mark>protection</mark>"), containsString("Commitment 14:"),
                        containsString("<form class=\"header-search\" role=\"search\" method=\"get\" action=\"/search\">"),
                        matchesPattern("(?s).*<script src=\"/js/typeahead-[0-9a-f]{32}\\.js\" defer></script>.*"))));
        mvc.perform(get("/search").param("q", "sample")).andExpect(content().string(containsString("All matching published actions")));
        mvc.perform(get("/actions")).andExpect(content().string(not(containsString("typeahead"))));
    }

    @Test
    void filtersByKindAndAreaAndPagesOneKind() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "peacekeeping").param("kind", "commitment").param("area", "3").param("size", "2"))
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(jsonPath("$.groups[0].kind").value("COMMITMENT"))
                .andExpect(jsonPath("$.groups[0].total").value(3))
                .andExpect(jsonPath("$.groups[0].hits.length()").value(2))
                .andExpect(jsonPath("$.groups[0].hits[*].ref", hasItem("13")))
                .andExpect(jsonPath("$.groups[0].hits[*].ref", not(hasItem("18"))));
        mvc.perform(get("/api/v1/search").param("q", "Ghana").param("type", "MISSION")).andExpect(jsonPath("$.groups").isEmpty());
        mvc.perform(get("/api/v1/search").param("q", "sample").param("kind", "action").param("cycle", "2024").param("size", "50"))
                .andExpect(jsonPath("$.groups[0].hits.length()").value(50))
                .andExpect(jsonPath("$.groups[0].hits[*].action.cycle", everyItem(is(2024))));
        mvc.perform(get("/api/v1/search").param("q", "perception survey").param("kind", "round"))
                .andExpect(jsonPath("$.groups[0].kind").value("ROUND"))
                .andExpect(jsonPath("$.groups[0].hits[0].url", startsWith("/surveys/")))
                .andExpect(jsonPath("$.groups[0].hits[0].title.parts[*].text", hasItem("perception")));
        mvc.perform(get("/search").param("q", "sample").param("kind", "action").param("page", "2"))
                .andExpect(content().string(allOf(containsString("Page 2 of"), containsString("rel=\"prev\""))));
    }

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "x").param("kind", "planet")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("kind")));
        mvc.perform(get("/api/v1/search").param("q", "x").param("area", "9")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/search").param("q", "x").param("page", "51")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("page")));
        mvc.perform(get("/api/v1/search").param("q", "a\u202Eb")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/search").param("q", "y".repeat(201))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("q")).andExpect(jsonPath("$.detail").value("q: is 201 characters long; the limit is 200"));
        mvc.perform(get("/api/v1/search").param("q", "x").param("cycle", "1999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("cycle: '1999' is not a reporting cycle: give a year from 2018 to 2100"));
    }

    @Test
    void aBadFilterOnThePageIsSaidBesideTheResultsOfTheRestAndTheWordsAreKept() throws Exception {
        mvc.perform(get("/search").param("q", "protection of civilians").param("area", "9").param("cycle", "1999").param("page", "70"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("<title>Error: Search: protection of civilians"),
                        containsString("id=\"error-summary\""), containsString("3 parts of this search could not be used"),
                        containsString("<a href=\"#area\">&#39;9&#39; is not an area of the Declaration"),
                        containsString("<a href=\"#cycle\">&#39;1999&#39; is not a reporting cycle"),
                        containsString("<a href=\"#search-form\">&#39;70&#39; is not a page of these results: give a number from 1 to 50"),
                        containsString("value=\"protection of civilians\""), containsString("id=\"area\" name=\"area\" aria-invalid=\"true\""),
                        containsString("id=\"group-commitment\""), containsString("<mark>protection</mark>"),
                        not(containsString("area=9")), not(containsString("cycle=1999")))));
        // words that cannot be searched stay in the box, with what to remove, and nothing is searched
        mvc.perform(get("/search").param("q", "casualty\u202Eevacuation").param("lang", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("Une partie de cette recherche n’a pas pu être utilisée"),
                        containsString("<a href=\"#q\">"), containsString("U+202E"), containsString("value=\"casualty\u202Eevacuation\""),
                        containsString("aria-invalid=\"true\" aria-describedby=\"q-help\""), not(containsString("id=\"group-")))));
    }

    @Test
    void namesAreFoundInEveryUnLanguageAndWordsWhateverTheirEnding() throws Exception {
        for (String ghana : new String[] {"Гана", "加纳", "غانا", "ghana"}) {
            mvc.perform(get("/api/v1/search").param("q", ghana).param("kind", "stakeholder"))
                    .andExpect(jsonPath("$.groups[0].hits[0].ref").value("GHA"));
        }
        mvc.perform(get("/api/v1/search").param("q", "États-Unis").param("kind", "stakeholder").header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.groups[0].hits[0].ref").value("USA"));
        mvc.perform(get("/api/v1/search").param("q", "evacuations").param("kind", "indicator"))
                .andExpect(jsonPath("$.groups[0].hits[*].ref", hasItem("CASEVAC_TOTAL")));
        mvc.perform(get("/api/v1/search").param("q", "sexual exploitation").param("kind", "commitment"))
                .andExpect(jsonPath("$.groups[0].hits[0].ref").value("41"));
    }

    @Test
    void typeAheadCompletesCatalogueNames() throws Exception {
        mvc.perform(get("/api/v1/search/suggest").param("q", "MINUS"))
                .andExpect(jsonPath("$[*].ref", hasItem("MINUSCA")))
                .andExpect(jsonPath("$[0].title.parts[0].match").value(true));
        mvc.perform(get("/js/typeahead.js")).andExpect(status().isOk());
    }

    @Test
    void suggestionsComeFromTheApiTheFormAndTheImportWithoutTickingAnything() throws Exception {
        var focal = users.loadUserByUsername("focal.point@example.org");
        mvc.perform(post("/api/v1/commitments/suggest").with(user(focal)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Environmental management of the camps\", \"description\": \"Waste and water plans"
                                + " under the environmental policy of the mission\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suggestions[0].commitment").value(44))
                .andExpect(jsonPath("$.suggestions[0].matchedWords").isArray());
        mvc.perform(post("/api/v1/commitments/suggest").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"x\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/commitments/suggest").with(user(focal)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \" \"}")).andExpect(status().isBadRequest());

        long before = jdbc.sql("select count(*) from action").query(Long.class).single();
        mvc.perform(post("/workspace/GHA/actions").with(user(focal)).with(csrf()).param("suggest", "true")
                        .param("title", "Sexual exploitation and abuse prevention training").param("description", "Zero tolerance")
                        .param("status", "ONGOING").param("reportingCycle", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"commitment-suggestions\""), containsString("href=\"#c41\""),
                        containsString("value=\"Sexual exploitation and abuse prevention training\""), not(containsString("checked")))));
        assertThat(jdbc.sql("select count(*) from action").query(Long.class).single()).isEqualTo(before);

        String csv = "title,description,commitments,status,reporting_cycle\n"
                + "Women officers deployed,More women in our formed police unit,,ongoing,2026\n";
        mvc.perform(multipart("/workspace/GHA/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("dryRun", "true").with(user(focal)).with(csrf()))
                .andExpect(content().string(allOf(containsString("id=\"import-suggestions\""), containsString("Commitment 12"))));
        assertThat(jdbc.sql("select count(*) from action").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void administratorsSeeTheIndexAndAskForAnAuditedReindex() throws Exception {
        var admin = users.loadUserByUsername("admin@example.org");
        mvc.perform(get("/admin/search").with(user(admin))).andExpect(content().string(allOf(containsString("This server"),
                containsString("id=\"reindex\""))));
        mvc.perform(get("/admin/search").with(user(users.loadUserByUsername("focal.point@example.org")))).andExpect(status().isForbidden());
        long generation = jdbc.sql("select generation from search_state").query(Long.class).single();
        mvc.perform(post("/admin/search/reindex").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/search"));
        assertThat(jdbc.sql("select generation from search_state").query(Long.class).single()).isEqualTo(generation + 1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REINDEX_SEARCH' and outcome = 'SUCCESS'")
                .query(Long.class).single()).isPositive();
        mvc.perform(post("/api/v1/admin/search/reindex").with(user(users.loadUserByUsername("reviewer@example.org"))).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
