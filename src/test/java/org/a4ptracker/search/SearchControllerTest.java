package org.a4ptracker.search;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class SearchControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void thePageGroupsResultsByKindWithMarkedMatches() throws Exception {
        mvc.perform(get("/search").param("q", "protection of civilians")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"group-commitment\""), containsString("id=\"group-action\""),
                        containsString("<mark>protection</mark>"), containsString("Commitment 14:"))));
    }

    @Test
    void theApiAnswersGroupsWithMarkedParts() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "Ghana")).andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].kind").value("STAKEHOLDER"))
                .andExpect(jsonPath("$.groups[0].hits[0].ref").value("GHA"))
                .andExpect(jsonPath("$.groups[0].hits[0].title.parts[0].match").value(true));
    }
}
