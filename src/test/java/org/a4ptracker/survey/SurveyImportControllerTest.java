package org.a4ptracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.support.FormInError;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The three steps through the pages: upload, mapping kept in the session, check, import; and who may. */
@H2Test
class SurveyImportControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    AccountPrincipal principal(String email) {
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    long openRound() {
        var me = principal("reviewer@example.org").user();
        long id = surveys.create(me, new RoundForm("Pages " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusDays(9),
                List.of(RespondentGroup.MISSIONS), null));
        surveys.open(me, id, 0);
        return id;
    }

    static final byte[] FILE = String.join("\r\n", "Respondent group,C13,Notes", "Missions,Some,x", "missions,1,y", "MISSIONS,0,",
            "Missions,Don't know,", "missions,4,").getBytes(StandardCharsets.UTF_8);

    private long uploadsKept(long round) {
        return jdbc.sql("select count(*) from spring_session_attributes where attribute_name = :name")
                .param("name", SurveyImportController.SESSION_KEY + round).query(Long.class).single();
    }

    @Test
    void uploadMatchCheckAndImport() throws Exception {
        long id = openRound();
        var reviewer = principal("reviewer@example.org");
        long c13 = surveys.round(id).questions().stream().filter(q -> q.kind() == QuestionKind.PERCEPTION && q.commitment() == 13)
                .findFirst().orElseThrow().id();

        mvc.perform(get("/review/surveys/" + id).with(user(reviewer)))
                .andExpect(content().string(containsString("href=\"/review/surveys/" + id + "/import\"")));
        mvc.perform(get("/review/surveys/" + id + "/import").with(user(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"import-upload\""), not(containsString("id=\"mapping-table\"")))));
        var session = mvc.perform(multipart("/review/surveys/" + id + "/import").file(new MockMultipartFile("file", "tool.csv", "text/csv", FILE))
                        .with(user(reviewer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"mapping-table\""), containsString("<label for=\"col-1\">C13</label>"),
                        containsString("<option value=\"group\" selected=\"selected\">Respondent group</option>"),
                        containsString("<option value=\"q" + c13 + "\" selected=\"selected\">Commitment 13 — Perceived progress</option>"))))
                .andReturn().getResponse().getCookie("SESSION"); // the upload is kept in the (database) session
        assertThat(uploadsKept(id)).isEqualTo(1);

        mvc.perform(post("/review/surveys/" + id + "/import/mapping").with(user(reviewer)).with(csrf()).cookie(session)
                        .param("col0", "group").param("col1", "q" + c13).param("col2", "ignore").param("dryRun", "true"))
                .andExpect(content().string(containsString("The file is correct: 5 responses can be imported.")));
        String refused = mvc.perform(post("/review/surveys/" + id + "/import/mapping").with(user(reviewer)).with(csrf()).cookie(session)
                        .param("col0", "ignore").param("col1", "q" + c13))
                .andExpect(content().string(allOf(containsString("id=\"import-errors\""),
                        containsString("choose the column that holds the respondent group"),
                        containsString("Nothing was written."))))
                .andReturn().getResponse().getContentAsString();
        // no one field is wrong (the file or the choice of columns): the summary leads to the table of problems
        FormInError.assertSummary(refused, "import-errors");
        assertThat(refused).contains("<table id=\"import-errors\" aria-describedby=\"import-errors-error\">",
                "id=\"import-errors-error\"", "The file tool.csv or the choice of its columns has problems");
        mvc.perform(post("/review/surveys/" + id + "/import/mapping").with(user(reviewer)).with(csrf()).cookie(session)
                        .param("col0", "group").param("col1", "q" + c13).param("col2", "ignore"))
                .andExpect(content().string(allOf(containsString("5 responses imported as submitted"),
                        not(containsString("id=\"mapping-table\"")))));

        assertThat(uploadsKept(id)).isZero();
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r and source = 'IMPORT'").param("r", id)
                .query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void withoutAFileInTheSessionTheUploadIsAskedAgain() throws Exception {
        long id = openRound();
        String html = mvc.perform(post("/review/surveys/" + id + "/import/mapping").with(user(principal("reviewer@example.org"))).with(csrf())
                        .param("col0", "group"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "file");
        FormInError.assertField(html, "file", "The uploaded file is no longer kept");
    }

    @Test
    void anUnreadableFileIsTheFileFieldsProblem() throws Exception {
        long id = openRound();
        String html = mvc.perform(multipart("/review/surveys/" + id + "/import").file(new MockMultipartFile("file", "notes.txt", "text/plain",
                        "just words".getBytes(StandardCharsets.UTF_8))).with(user(principal("reviewer@example.org"))).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "file");
        FormInError.assertField(html, "file", "The file notes.txt could not be read");
        assertThat(html).doesNotContain("id=\"mapping-table\"");
    }

    @Test
    void onlyReviewersReachThePagesAndADraftIsRefused() throws Exception {
        long id = openRound();
        mvc.perform(get("/review/surveys/" + id + "/import").with(user(principal("focal.point@example.org"))))
                .andExpect(status().isForbidden());
        var reviewer = principal("reviewer@example.org");
        long draft = surveys.create(reviewer.user(), new RoundForm("Draft " + UUID.randomUUID(), null, LocalDate.now(),
                LocalDate.now(), List.of(RespondentGroup.MISSIONS), null));
        mvc.perform(get("/review/surveys/" + draft + "/import").with(user(reviewer)))
                .andExpect(content().string(allOf(containsString("id=\"import-refusal\""), not(containsString("id=\"import-upload\"")))));
    }
}
