package org.a4ptracker.stakeholder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class StakeholderControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listPageHasFiltersResultsAndAPager() throws Exception {
        mvc.perform(get("/stakeholders").param("type", "MEMBER_STATE"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<form class=\"filters\""), containsString("193 stakeholders"),
                        containsString("Page 1 of 8 (193 in all)"),
                        containsString("href=\"/stakeholders?type=MEMBER_STATE&amp;page=2\""))));
    }

    @Test
    void anHtmxRequestGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/stakeholders").param("q", "france").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<div id=\"results\""), containsString("/stakeholders/FRA"),
                        containsString("1 stakeholder<"), not(containsString("<html")))));
    }

    @Test
    void anEmptyResultSaysSo() throws Exception {
        mvc.perform(get("/stakeholders").param("q", "atlantis"))
                .andExpect(content().string(containsString("No stakeholder matches these filters.")));
    }

    @Test
    void userInputIsEscaped() throws Exception {
        mvc.perform(get("/stakeholders").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<script>alert(1)")), containsString("&lt;script&gt;"))));
    }

    @Test
    void missionPagesShowActiveAndClosed() throws Exception {
        mvc.perform(get("/missions"))
                .andExpect(content().string(allOf(containsString("Active missions (11)"), containsString("Closed missions (7)"))));
        mvc.perform(get("/missions/MINUSCA"))
                .andExpect(content().string(allOf(containsString("Central African Republic"), containsString("Since 2014"),
                        containsString("badge active"))));
    }

    @Test
    void profileShowsTheArabicNameRightToLeft() throws Exception {
        mvc.perform(get("/stakeholders/EGY"))
                .andExpect(content().string(containsString("<td lang=\"ar\" dir=\"rtl\">مصر</td>")));
    }
}
