package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.a4ptracker.identity.ApiTokenService;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The inputs an outside test found answering 500 or a silent 200: each is now a 400 naming the field, writing nothing. */
@H2Test
class BadInputTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokenService tokens;

    String ghana;
    String minusca;

    @BeforeEach
    void accounts() {
        var accounts = new TestAccounts(jdbc);
        ghana = tokens.create(accounts.focalPointOf("GHA"), "bad input").secret();
        minusca = tokens.create(accounts.focalPointOf("MINUSCA"), "bad input").secret();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void badParameter(ResultActions result, String parameter) throws Exception {
        result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value(parameter))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(parameter)));
    }

    @Test
    void anEditWithoutContentIsRefusedNamingIt() throws Exception {
        long id = jdbc.sql("select id from action where stakeholder_id = (select id from stakeholder where code = 'GHA')")
                .query(Long.class).list().get(0);
        send(post("/api/v1/workspace/GHA/actions"), ghana,
                "{\"title\":\"T\",\"description\":\"D\",\"status\":\"PLANNED\",\"reportingCycle\":2026,\"commitments\":[1]}");
        long versions = count("action_version");
        badParameter(send(put("/api/v1/actions/" + id), ghana, "{\"lockVersion\":0}"), "content");
        badParameter(send(put("/api/v1/actions/" + id), ghana, "{\"content\":{}}"), "lockVersion");
        assertThat(count("action_version")).isEqualTo(versions);
    }

    @Test
    void gridBodiesThatCannotBeNumbersOrCellsAreRefusedNamingTheCell() throws Exception {
        long values = count("indicator_value");
        String grid = "/api/v1/indicator-entry/MINUSCA/2031-Q3";
        for (String amount : List.of("1e400", "-1e400")) {
            badParameter(send(put(grid), minusca, "[{\"indicator\":\"CASEVAC_TOTAL\",\"amount\":" + amount + "}]"), "[0].amount");
        }
        badParameter(send(put(grid), minusca, "[null]"), "[0].indicator");
        badParameter(send(put(grid), minusca, "[{\"indicator\":\"CASEVAC_TOTAL\",\"amount\":3,\"notApplicable\":true,\"note\":\"n\"}]"),
                "[0].amount");
        send(put(grid), minusca, "[{\"indicator\":\"CASEVAC_TOTAL\",\"amount\":3,\"note\":\"" + "x".repeat(100_000) + "\"}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("note: is 100,000 characters long; the limit is 1,000")));
        badParameter(send(put("/api/v1/indicator-entry/MINUSCA/1800"), minusca, "[]"), "period");
        badParameter(mvc.perform(get("/api/v1/indicator-entry/MINUSCA/1800").header("Authorization", "Bearer " + minusca)), "period");
        var imported = mvc.perform(multipart("/api/v1/indicator-entry/MINUSCA/import").file(new MockMultipartFile("file", "v.csv",
                "text/csv", "indicator,period,value\nCASEVAC_TOTAL,1800,3\n".getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + minusca)).andExpect(status().isOk());
        imported.andExpect(jsonPath("$.errors[0].column").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("1800")));
        assertThat(count("indicator_value")).isEqualTo(values);
    }

    @Test
    void anAttachmentNameWithNulIsRefused() throws Exception {
        long id = jdbc.sql("select id from action where stakeholder_id = (select id from stakeholder where code = 'GHA')")
                .query(Long.class).list().get(0);
        long files = count("action_attachment");
        badParameter(mvc.perform(multipart("/api/v1/actions/" + id + "/attachments")
                .file(new MockMultipartFile("file", "report\u0000.pdf.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + ghana)), "file");
        assertThat(count("action_attachment")).isEqualTo(files);
    }

    @Test
    void filtersWithUnknownValuesAnswer400NamingTheParameter() throws Exception {
        var cases = List.of(List.of("/api/v1/actions?area=9", "area"), List.of("/api/v1/actions?area=-1", "area"),
                List.of("/api/v1/actions?commitment=46", "commitment"), List.of("/api/v1/actions?mission=GHA", "mission"),
                List.of("/api/v1/actions?stakeholder=NOPE", "stakeholder"), List.of("/api/v1/actions?cycle=1800", "cycle"),
                List.of("/api/v1/actions.csv?area=9", "area"), List.of("/api/v1/commitments?area=0", "area"),
                List.of("/api/v1/indicator-values?indicator=NOPE", "indicator"),
                List.of("/api/v1/indicator-values?reporter=NOPE", "reporter"),
                List.of("/api/v1/indicator-values?indicator=CASEVAC_TOTAL&disaggregation=NOPE", "disaggregation"),
                List.of("/api/v1/indicators/CASEVAC_TOTAL/series?reporter=NOPE", "reporter"));
        for (var c : cases) {
            badParameter(mvc.perform(get(c.get(0))), c.get(1));
        }
        mvc.perform(get("/api/v1/actions?area=3&mission=MINUSCA&cycle=2025")).andExpect(status().isOk());
    }

    @Test
    void anUnknownEnumNamesTheFieldAndTheAcceptedValues() throws Exception {
        long actions = count("action");
        badParameter(send(post("/api/v1/workspace/GHA/actions"), ghana,
                "{\"title\":\"T\",\"description\":\"D\",\"status\":\"FINISHED\",\"reportingCycle\":2026,\"commitments\":[1]}"), "status");
        send(post("/api/v1/workspace/GHA/actions"), ghana, "{\"title\":\"T\",\"status\":\"FINISHED\"}")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("PLANNED, ONGOING, COMPLETED, DISCONTINUED")));
        badParameter(send(post("/api/v1/workspace/GHA/actions"), ghana, "{\"title\":\"T\",\"commitments\":\"one\"}"), "commitments");
        assertThat(count("action")).isEqualTo(actions);
    }

    @Test
    void anonymousWritesAnswer401AndSignedInWritesWithoutCsrf403() throws Exception {
        mvc.perform(post("/api/v1/workspace/GHA/actions").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
        mvc.perform(put("/api/v1/actions/1").contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/account/tokens").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/workspace/GHA/actions").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("someone")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(Matchers.containsString("CSRF")));
    }

    @Test
    void aClosedMissionIsRefusedForCyclesAfterItClosedByTheFormAndTheImport() throws Exception {
        long actions = count("action");
        String body = "{\"title\":\"T\",\"description\":\"D\",\"status\":\"PLANNED\",\"reportingCycle\":%d,\"commitments\":[1],"
                + "\"missions\":[\"MINUJUSTH\"]}";
        send(post("/api/v1/workspace/GHA/actions"), ghana, body.formatted(2021)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("missions"))
                .andExpect(jsonPath("$.errors[0].message").value("MINUJUSTH closed in 2019: no action of the 2021 reporting cycle can be about it"));
        String minujusth = tokens.create(new TestAccounts(jdbc).focalPointOf("MINUJUSTH"), "closed").secret();
        send(post("/api/v1/workspace/MINUJUSTH/actions"), minujusth, body.formatted(2020).replace("\"MINUJUSTH\"", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reportingCycle"));
        mvc.perform(multipart("/api/v1/workspace/GHA/import").file(new MockMultipartFile("file", "a.csv", "text/csv",
                        "title,description,commitments,status,reporting_cycle,missions\nT,D,1,planned,2024,MINUSMA\n"
                                .getBytes(StandardCharsets.UTF_8))).header("Authorization", "Bearer " + ghana))
                .andExpect(jsonPath("$.errors[0].row").value(2)).andExpect(jsonPath("$.errors[0].column").value("missions"));
        assertThat(count("action")).isEqualTo(actions);
        send(post("/api/v1/workspace/GHA/actions"), ghana, body.formatted(2019)).andExpect(status().isCreated());
    }
}
