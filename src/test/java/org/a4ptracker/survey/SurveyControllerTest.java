package org.a4ptracker.survey;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class SurveyControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    private long sampleRound(String title) {
        return jdbc.sql("select id from survey_round where title = :t").param("t", title).query(Long.class).single();
    }

    @Test
    void publishedSampleResultsArePublicWithTheirComparisonAndLabelledSample() throws Exception {
        long second = sampleRound("Sample perception survey 2025");
        mvc.perform(get("/surveys")).andExpect(content().string(allOf(containsString("Sample perception survey 2025"),
                containsString("badge sample"))));
        mvc.perform(get("/surveys/" + second + "/results")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"survey-chart\""), containsString("id=\"area-results\""),
                        containsString("id=\"commitment-results\""), containsString("These responses are generated sample data"),
                        containsString("Change (95% interval)"), containsString("fewer than 5"))));
        mvc.perform(get("/api/v1/surveys/" + second + "/results"))
                .andExpect(jsonPath("$.commitments[0].overall.suppressed").value(false))
                .andExpect(jsonPath("$.commitments[0].byGroup.ORGANISATIONS.suppressed").value(true))
                .andExpect(jsonPath("$.commitments[0].byGroup.ORGANISATIONS.meanScore").doesNotExist())
                .andExpect(jsonPath("$.comparedWith.title").value("Sample perception survey 2024"));
        mvc.perform(get("/api/v1/surveys/" + second + "/results.csv"))
                .andExpect(content().string(allOf(containsString("1,ORGANISATIONS,fewer than 5,,,,,,sample"),
                        containsString("commitment,group,respondents"))));
    }

    @Test
    void aRoundInPreparationIsNotPublicAndItsExportIsForReviewersOnly() throws Exception {
        var reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Private round", null, LocalDate.now(), LocalDate.now().plusDays(3),
                List.of(RespondentGroup.MISSIONS), null));
        mvc.perform(get("/surveys/" + id + "/results")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/surveys/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/review/surveys/" + id + "/responses.csv")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/review/surveys/" + id + "/responses.csv").with(user(users.loadUserByUsername("focal.point@example.org"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/review/surveys/" + id + "/responses.csv").with(user(users.loadUserByUsername("reviewer@example.org"))))
                .andExpect(status().isOk()).andExpect(content().string(startsWithHeader()));
        mvc.perform(get("/surveys/" + id + "/print")).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/" + id + "/print").with(user(users.loadUserByUsername("reviewer@example.org"))))
                .andExpect(content().string(allOf(containsString("Private round"), containsString("Commitment 45"), containsString("☐"))));
    }

    @Test
    void theResponsesExportAsAnExcelWorkbookForReviewers() throws Exception {
        long first = sampleRound("Sample perception survey 2024");
        byte[] xlsx = mvc.perform(get("/api/v1/review/surveys/" + first + "/responses.xlsx")
                        .with(user(users.loadUserByUsername("reviewer@example.org"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("c1_perception");
            long submitted = jdbc.sql("select count(*) from survey_response where round_id = :r and state = 'SUBMITTED'")
                    .param("r", first).query(Long.class).single();
            org.assertj.core.api.Assertions.assertThat(sheet.getLastRowNum()).isEqualTo((int) submitted);
            org.assertj.core.api.Assertions.assertThat(submitted).isGreaterThan(200); // the 2024 sample round has about 240 responses
        }
        mvc.perform(get("/api/v1/review/surveys/" + first + "/responses.xlsx")).andExpect(status().isUnauthorized());
    }

    private static org.hamcrest.Matcher<String> startsWithHeader() {
        return org.hamcrest.Matchers.startsWith("response,stakeholder,group,submitted_at,source,c1_perception,c1_comment,c1_actions");
    }

    @Test
    void onlyReviewersDesignRoundsAndTheFormKeepsWhatWasTyped() throws Exception {
        var focal = users.loadUserByUsername("focal.point@example.org");
        mvc.perform(get("/review/surveys/new").with(user(focal))).andExpect(status().isForbidden());
        mvc.perform(post("/review/surveys").with(user(users.loadUserByUsername("reviewer@example.org"))).with(csrf())
                        .param("title", "Kept title").param("opensOn", "2026-05-10").param("closesOn", "2026-05-01")
                        .param("groups", "MISSIONS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"Kept title\""), containsString("closing date on or after"))));
    }

    @Test
    void anUnknownLinkIsNotFoundAndTheRespondentPageNeedsNoAccount() throws Exception {
        mvc.perform(get("/respond/not-a-real-link")).andExpect(status().isNotFound());
        var reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Link round", "Welcome", LocalDate.now(), LocalDate.now().plusDays(3),
                List.of(RespondentGroup.SECRETARIAT), null));
        String link = surveys.open(reviewer, id, 0).values().iterator().next();
        mvc.perform(get("/respond/" + link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Link round"), containsString("Save and continue later"),
                        not(containsString("survey-closed")))));
    }
}
