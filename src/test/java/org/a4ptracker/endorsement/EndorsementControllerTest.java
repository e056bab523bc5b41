package org.a4ptracker.endorsement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class EndorsementControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pageHasChartTableMapAndLabelledSampleList() throws Exception {
        String html = mvc.perform(get("/endorsements")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"endorsement-chart\"", "id=\"counts-table\"", "id=\"endorsement-map\"",
                "Endorsed (150 states)", "Not endorsed (45 states)", "Individual endorsements (154)",
                "<span class=\"badge sample\">Sample</span>", "SC/14300");
        assertThat(html.split("<span class=\"hbar-fill bar\"", -1)).hasSize(4);
        assertThat(html.split("class=\"endorsed\"", -1).length - 1).isGreaterThan(100);
        // the published split that sources do not give shows as not reported, never as zero
        assertThat(html.split("<td class=\"num\">Not reported</td>", -1)).hasSize(5);
        assertThat(html).doesNotContain("<td class=\"num\">0</td>");
    }

    @Test
    void theListPagesAsAnHtmxFragment() throws Exception {
        mvc.perform(get("/endorsements").param("page", "2").header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("<section aria-labelledby=\"list-h\" id=\"list\">"),
                        containsString("Page 2 of 4 (154 in all)"))));
    }

    @Test
    void apiGivesCountsWithNullsAndPagedEndorsements() throws Exception {
        mvc.perform(get("/api/v1/endorsements/counts"))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].memberStates").value(146))
                .andExpect(jsonPath("$[1].memberStates").value(nullValue()))
                .andExpect(jsonPath("$[1].total").value(152));
        mvc.perform(get("/api/v1/endorsements").param("size", "10"))
                .andExpect(jsonPath("$.totalItems").value(154))
                .andExpect(jsonPath("$.items", hasSize(10)))
                .andExpect(jsonPath("$.items[0].sample").value(true))
                .andExpect(jsonPath("$.items[0].endorsedOn").value("2018-09-25"));
        mvc.perform(get("/api/v1/endorsements").param("size", "0")).andExpect(status().isBadRequest());
    }
}
