package org.a4ptracker.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class CommitmentDownloadTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDeclarationsCommitmentsWordForWordFilteredByAreaAndActor() throws Exception {
        var downloads = new Downloads(mvc);
        var all = downloads.csv("/api/v1/commitments.csv", Map.of(), "a4p-commitments.csv");
        assertThat(all).hasSize(45);
        assertThat(all.get(0).toMap()).containsEntry("number", "1").containsEntry("area", "1").containsEntry("actor", "COLLECTIVE");
        assertThat(all.get(0).get("text")).startsWith("We collectively commit");

        var area2 = downloads.xlsx("/api/v1/commitments.xlsx", Map.of("area", "2"), "a4p-commitments.xlsx");
        assertThat(area2.sheet()).isEqualTo("commitments");
        assertThat(area2.header()).containsExactly("Number", "Area", "Area title", "Falls on", "Paragraph", "Text", "Source");
        assertThat(area2.column("Area")).isNotEmpty().containsOnly(2.0);
        assertThat(area2.column("Number")).doesNotContain(1.0);
        assertThat(area2.column("Falls on")).contains("Collective").doesNotContain("COLLECTIVE");
        assertThat(area2.rows()).hasSize((int) all.stream().filter(r -> r.get("area").equals("2")).count());

        var memberStates = downloads.csv("/api/v1/commitments.csv", Map.of("actor", "member_states"), "a4p-commitments.csv");
        assertThat(memberStates).isNotEmpty().allSatisfy(r -> assertThat(r.get("actor")).isEqualTo("MEMBER_STATES"))
                .hasSizeLessThan(45);

        mvc.perform(get("/api/v1/commitments.csv").param("area", "9")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments.csv").param("actor", "everyone")).andExpect(status().isBadRequest());
        mvc.perform(get("/areas/2")).andExpect(content().string(containsString("href=\"/api/v1/commitments.xlsx?area=2\"")));
        mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/api/v1/commitments.csv\"")));
    }
}
