package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.FormInError;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class IndicatorApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theCatalogueAndSeriesArePublic() throws Exception {
        mvc.perform(get("/api/v1/indicators")).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(13)));
        mvc.perform(get("/api/v1/indicators/WOMEN_SHARE/series").param("disaggregation", "STAFF_OFFICER"))
                .andExpect(jsonPath("$.disaggregation").value("STAFF_OFFICER"))
                .andExpect(jsonPath("$.years[0].year").value(2021))
                .andExpect(jsonPath("$.years[0].published").value(17.6))
                .andExpect(jsonPath("$.years[0].attainment.state").value("OFF_TRACK"))
                .andExpect(jsonPath("$.provisional").value(false));
        mvc.perform(get("/api/v1/indicators/WOMEN_SHARE/series").param("disaggregation", "CHILDREN"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("disaggregation"));
        mvc.perform(get("/api/v1/indicators/NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/indicator-values").param("period", "2026-13")).andExpect(status().isBadRequest());
    }

    @Test
    void theCsvDownloadHasTheQueryAndMarksSample() throws Exception {
        mvc.perform(get("/api/v1/indicator-values.csv").param("indicator", "SEA_ALLEGATIONS"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(allOf(containsString("indicator,reporter,period,disaggregation,value"),
                        containsString("SEA_ALLEGATIONS,UNSEC,2016,_T,104,,,conduct.unmissions.org,approved,"),
                        not(containsString("2021,_T")))));
        mvc.perform(get("/api/v1/indicator-values.csv").param("indicator", "CASEVAC_TOTAL").param("reporter", "MINUSCA")
                        .param("period", "2025-Q1"))
                .andExpect(content().string(containsString(",approved,sample")));
    }

    @Test
    void valuesMustBeJsonNumbers() throws Exception {
        var focal = users.loadUserByUsername("mission.focal.point@example.org");
        mvc.perform(put("/api/v1/indicator-entry/MINUSCA/2026-10").with(user(focal)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"indicator\":\"ELECTRICITY_KWH\",\"amount\":\"N/A\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("'N/A' is not a number")));
        mvc.perform(put("/api/v1/indicator-entry/MINUSCA/2026-10").with(user(focal)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"indicator\":\"ELECTRICITY_KWH\",\"notApplicable\":true}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("give the reason why the value does not apply"));
        mvc.perform(put("/api/v1/indicator-entry/MINUSCA/2026-10").with(user(focal)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"indicator\":\"ELECTRICITY_KWH\",\"amount\":410000.5,\"note\":\"meter\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("OPEN"));
        mvc.perform(put("/api/v1/indicator-entry/GHA/2026-10").with(user(focal)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/indicator-entry/MINUSCA/2026-10/approve").with(user(focal)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lockVersion\":0}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesShowIndicatorsBesideCommitmentsAndMissions() throws Exception {
        mvc.perform(get("/commitments/41")).andExpect(content().string(allOf(containsString("id=\"indicators\""),
                containsString("/indicators/SEA_ALLEGATIONS"))));
        mvc.perform(get("/missions/MINUSCA")).andExpect(content().string(containsString("/indicators/CASEVAC_COMPLIANCE?reporter=MINUSCA")));
        mvc.perform(get("/indicators/WOMEN_SHARE").param("disaggregation", "MIL_CONTINGENT"))
                .andExpect(content().string(allOf(containsString("id=\"indicator-chart\""), containsString("id=\"series-table\""),
                        containsString("Observed April 2021"), containsString("badge sample"), containsString("target-mark"))));
    }

    @Test
    void aRefusedUnlockReasonComesBackBesideItsBoxAsTyped() throws Exception {
        var admin = users.loadUserByUsername("admin@example.org");
        String typed = "Correction\u0002 of March";
        var refused = mvc.perform(post("/indicators/entry/MINUSCA/2025-Q1/unlock").with(user(admin)).with(csrf())
                        .param("lockVersion", "0").param("reason", typed))
                .andExpect(redirectedUrl("/indicators/entry/MINUSCA/2025-Q1")).andReturn();
        String html = FormInError.followed(mvc, refused, user(admin));
        FormInError.assertSummary(html, "unlock-reason");
        FormInError.assertField(html, "unlock-reason", "contains a control character (U+0002 at position 11)");
        assertThat(html).contains(">" + typed + "</textarea>");

        refused = mvc.perform(post("/indicators/entry/MINUSCA/2025-Q1/unlock").with(user(admin)).with(csrf())
                .param("lockVersion", "0").param("reason", " ")).andReturn();
        html = FormInError.followed(mvc, refused, user(admin));
        FormInError.assertField(html, "unlock-reason", "give a reason: it is kept in the audit log");
    }

    @Test
    void aFileOfValuesWithProblemsIsTheFileFieldsProblem() throws Exception {
        var focal = users.loadUserByUsername("mission.focal.point@example.org");
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/indicators/entry/MINUSCA/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "values.csv", "text/csv",
                                "indicator,period,disaggregation,value\nNOPE,2026-11,,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("dryRun", "true").with(user(focal)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "file");
        FormInError.assertField(html, "file", "The file values.csv has problems");
        assertThat(html).contains("id=\"import-errors\"");
    }

    @Test
    void theGridKeepsWhatWasTypedWhenItRefusesIt() throws Exception {
        var focal = users.loadUserByUsername("mission.focal.point@example.org");
        mvc.perform(post("/indicators/entry/MINUSCA/2026-11").with(user(focal)).with(csrf())
                        .param("value[ELECTRICITY_KWH|_T]", "about 5000").param("note[ELECTRICITY_KWH|_T]", "estimated"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"about 5000\""), containsString("is not a number"),
                        containsString("value=\"estimated\""))));
    }
}
