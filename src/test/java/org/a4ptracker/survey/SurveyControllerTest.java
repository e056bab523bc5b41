package org.a4ptracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.support.FormInError;
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
                        containsString("These responses are generated sample data"), containsString("Change (95% interval)"),
                        containsString("fewer than 5"), not(containsString("id=\"commitment-results\"")),
                        containsString("<a href=\"/surveys/" + second + "/results/commitments?compare="))));
        // by commitment, with the texts, on a page of its own; the comparison follows the link
        String compared = mvc.perform(get("/surveys/" + second + "/results")).andReturn().getResponse().getContentAsString()
                .replaceAll("(?s).*<a href=\"(/surveys/" + second + "/results/commitments\\?compare=\\d+)\".*", "$1");
        // one choice of comparison on each page, sent to the page itself, the compared round chosen
        for (String page : List.of("/surveys/" + second + "/results?compare=", compared)) {
            String html = mvc.perform(get(page.endsWith("=") ? page + compared.replaceAll(".*=", "") : page)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html.split("id=\"compare\"", -1)).hasSize(2);
            assertThat(html).contains("<form method=\"get\" action=\"" + (page.equals(compared) ? compared.replaceAll("\\?.*", "")
                    : "/surveys/" + second + "/results") + "\">").containsPattern("<option value=\"\\d+\" selected=\"selected\">");
        }
        mvc.perform(get(compared)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Results by commitment: Sample perception survey 2025</h1>"),
                        containsString("id=\"commitment-results\""), containsString("These responses are generated sample data"),
                        containsString("Change (95% interval)"), containsString("fewer than 5"),
                        containsString("<summary>Text of commitment 45</summary>"),
                        containsString("<a href=\"/surveys/" + second + "/results\">Sample perception survey 2025</a>"))));
        mvc.perform(get("/api/v1/surveys/" + second + "/results"))
                .andExpect(jsonPath("$.commitments[0].overall.suppressed").value(false))
                .andExpect(jsonPath("$.commitments[0].byGroup.ORGANISATIONS.suppressed").value(true))
                .andExpect(jsonPath("$.commitments[0].byGroup.ORGANISATIONS.suppression").value("FEWER_THAN_5"))
                .andExpect(jsonPath("$.commitments[0].byGroup.ORGANISATIONS.respondents").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.commitments[0].byGroup.ORGANISATIONS.meanScore").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.comparedWith.title").value("Sample perception survey 2024"));
        mvc.perform(get("/api/v1/surveys/" + second + "/results.csv"))
                .andExpect(content().string(allOf(containsString("1,ORGANISATIONS,,,,,,,FEWER_THAN_5,sample"),
                        containsString("commitment,group,respondents"))));
    }

    @Test
    void aRoundInPreparationIsNotPublicAndItsExportIsForReviewersOnly() throws Exception {
        var reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Private round", null, LocalDate.now(), LocalDate.now().plusDays(3),
                List.of(RespondentGroup.MISSIONS), null));
        mvc.perform(get("/surveys/" + id + "/results")).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/" + id + "/results/commitments")).andExpect(status().isNotFound());
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
    void aRefusedRoundShowsEveryProblemBesideItsFieldInTheFormsOrder() throws Exception {
        var reviewer = users.loadUserByUsername("reviewer@example.org");
        String html = mvc.perform(post("/review/surveys").with(user(reviewer)).with(csrf())
                        .param("title", "").param("intro", "Kept introduction").param("opensOn", "2026-05-10").param("closesOn", "2026-05-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "title", "closesOn", "groups");
        FormInError.assertField(html, "title", "give the round a title");
        FormInError.assertField(html, "closesOn", "closing date on or after");
        // the groups' message belongs to their fieldset; the summary's link goes to the first box
        assertThat(FormInError.tag(html, "groups")).contains("type=\"checkbox\"");
        assertThat(html).containsPattern("<fieldset aria-describedby=\"groups-error\">")
                .contains("id=\"groups-error\"", "choose at least one respondent group");
        FormInError.assertFieldValid(html, "opensOn");
        assertThat(FormInError.tag(html, "opensOn")).contains("value=\"2026-05-10\"");
        assertThat(FormInError.tag(html, "closesOn")).contains("value=\"2026-05-01\"");
        assertThat(html).contains(">Kept introduction</textarea>");
    }

    @Test
    void aRefusedQuestionComesBackBesideItsFieldsWithWhatWasTyped() throws Exception {
        var reviewer = users.loadUserByUsername("reviewer@example.org");
        long id = surveys.create(((org.a4ptracker.identity.AccountPrincipal) reviewer).user(), new RoundForm("Question design "
                + java.util.UUID.randomUUID(), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), List.of(RespondentGroup.MISSIONS), null));
        var refused = mvc.perform(post("/review/surveys/" + id + "/questions").with(user(reviewer)).with(csrf())
                        .param("kind", "MULTIPLE").param("text", "Which trainings?").param("options", "Only one"))
                .andExpect(redirectedUrl("/review/surveys/" + id)).andReturn();
        String html = FormInError.followed(mvc, refused, user(reviewer));
        FormInError.assertSummary(html, "options");
        FormInError.assertField(html, "options", "give at least two options, one per line");
        FormInError.assertFieldValid(html, "qtext");
        assertThat(FormInError.tag(html, "qtext")).contains("value=\"Which trainings?\"");
        assertThat(html).contains(">Only one</textarea>").containsPattern("<option\\s+value=\"MULTIPLE\" selected");

        // both fields wrong: both in the summary, in the form's order
        refused = mvc.perform(post("/review/surveys/" + id + "/questions").with(user(reviewer)).with(csrf())
                .param("kind", "SINGLE").param("text", " ").param("options", "")).andReturn();
        html = FormInError.followed(mvc, refused, user(reviewer));
        FormInError.assertSummary(html, "qtext", "options");
        FormInError.assertField(html, "qtext", "write the question");
    }

    @Test
    void anUnknownLinkIsNotFoundAndTheRespondentAnswersInStepsWithoutAccountSessionOrCsrfToken() throws Exception {
        mvc.perform(get("/respond/not-a-real-link")).andExpect(status().isNotFound());
        var reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Link round", "Welcome", LocalDate.now(), LocalDate.now().plusDays(3),
                List.of(RespondentGroup.SECRETARIAT), null));
        String link = surveys.open(reviewer, id, 0).values().iterator().next();
        String text13 = jdbc.sql("select official_text from commitment where number = 13").query(String.class).single();
        long p13 = jdbc.sql("select id from survey_question where round_id = ? and kind = 'PERCEPTION' and commitment_number = 13")
                .params(id).query(Long.class).single();
        long c13 = jdbc.sql("select id from survey_question where round_id = ? and kind = 'COMMENT' and commitment_number = 13")
                .params(id).query(Long.class).single();
        mvc.perform(get("/respond/" + link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Link round"), containsString("Area 1 of 8 · 0 of 45 commitments answered"),
                        containsString("Area 1: "), not(containsString("survey-closed")))));
        // area 3 (commitments 13-15): the commitment's text, in English, marked so
        mvc.perform(get("/respond/" + link).param("step", "3")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"en\">" + org.springframework.web.util.HtmlUtils.htmlEscape(text13)),
                        containsString("Commitment 13: how much progress do you perceive?"))));
        // nothing saved: refused on the review step, nothing changed
        mvc.perform(post("/respond/" + link).param("go", "submit").param("confirm", "yes")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing is answered yet")));
        // Next saves the step: no session, no CSRF token (the link is the credential)
        mvc.perform(post("/respond/" + link).param("step", "3").param("go", "next").param("q" + p13, "SOME")
                        .param("q" + c13, "Typed at the desk"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/respond/" + link + "?step=4&saved"));
        // the background save (htmx) answers with the status line only
        mvc.perform(post("/respond/" + link).header("HX-Request", "true").param("step", "3").param("q" + p13, "FULL")
                        .param("q" + c13, "Typed at the desk"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"save-status\""), containsString("Saved "),
                        not(containsString("<html")))));
        mvc.perform(post("/respond/" + link).param("go", "submit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tick the box to confirm")));
        mvc.perform(post("/respond/" + link).param("go", "submit").param("confirm", "yes"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/respond/" + link));
        mvc.perform(get("/respond/" + link)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Your response: Link round"), containsString("id=\"receipt\""),
                        containsString("Typed at the desk"), containsString("Full"))));
        // a save after submission re-renders what was typed with the reason, and changes nothing
        mvc.perform(post("/respond/" + link).param("step", "3").param("q" + c13, "Second thoughts"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Second thoughts"),
                        containsString("can no longer be changed"))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select text_value from survey_answer where question_id = ?").params(c13)
                .query(String.class).single()).isEqualTo("Typed at the desk");
    }
}
