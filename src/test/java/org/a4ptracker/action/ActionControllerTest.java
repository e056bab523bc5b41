package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.support.FormInError;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class ActionControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ActionService actions;
    @Autowired
    ActionQueries queries;

    private AccountPrincipal focalPoint() {
        return (AccountPrincipal) users.loadUserByUsername("focal.point@example.org");
    }

    @Test
    void theActionListFiltersAndAnswersHtmxWithTheFragment() throws Exception {
        mvc.perform(get("/actions")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<form class=\"filters\""), containsString("published actions"))));
        mvc.perform(get("/actions").param("cycle", "2026").header("HX-Request", "true"))
                .andExpect(content().string(allOf(startsWith("<div id=\"results\""), not(containsString("<html")))));
    }

    @Test
    void commitmentAndStakeholderPagesShowPublishedActionsAndReportingStatus() throws Exception {
        mvc.perform(get("/commitments/13")).andExpect(content().string(containsString("id=\"published-actions\"")));
        mvc.perform(get("/stakeholders/GHA")).andExpect(content().string(allOf(containsString("id=\"reporting-status\""),
                containsString("id=\"published-actions\""), containsString("badge sample"), containsString("id=\"endorsement\""),
                containsString("id=\"survey-participation\""), containsString("Sample perception survey 2025"))));
        mvc.perform(get("/stakeholders/PSE")).andExpect(content().string(containsString("No endorsement is recorded for this stakeholder.")));
        mvc.perform(get("/missions/MINUSCA")).andExpect(content().string(containsString("id=\"published-actions\"")));
        mvc.perform(get("/areas/3")).andExpect(content().string(containsString("id=\"published-actions\"")));
    }

    @Test
    void theWorkspaceShowsDraftsReturnedItemsAndStatus() throws Exception {
        mvc.perform(get("/workspace/GHA").with(user(focalPoint())))
                .andExpect(content().string(allOf(containsString("Workspace of Ghana"), containsString("Returned"),
                        containsString("Please add the number of personnel trained"), containsString("id=\"overall-status\""))));
        mvc.perform(get("/workspace/FRA").with(user(focalPoint()))).andExpect(status().isForbidden());
        mvc.perform(get("/workspace/GHA")).andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login"));
    }

    @Test
    void aStaleSaveFromTheFormKeepsWhatWasTyped() throws Exception {
        var me = focalPoint();
        long id = actions.create(me.user(), "GHA", ActionMother.content("Form action", 13));
        actions.edit(me.user(), id, 0, ActionMother.content("Saved elsewhere", 13));
        mvc.perform(post("/actions/" + id + "/edit").with(user(me)).with(csrf())
                        .param("title", "My careful wording").param("description", "Long text I must not lose")
                        .param("status", "ONGOING").param("reportingCycle", "2026").param("commitments", "13")
                        .param("lockVersion", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Someone else changed this action"),
                        containsString("value=\"My careful wording\""), containsString("Long text I must not lose"))));
    }

    @Test
    void anInvalidFormIsShownAgainWithEveryProblemBesideItsField() throws Exception {
        mvc.perform(post("/workspace/GHA/actions").with(user(focalPoint())).with(csrf())
                        .param("title", "").param("description", "Kept description").param("status", "ONGOING")
                        .param("reportingCycle", "2026").param("startDate", "2026-05-01").param("endDate", "not a date")
                        .param("lockVersion", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("give the date as year-month-day"),
                        containsString("Kept description"))));
    }

    @Test
    void aRefusedReturnWithdrawalOrAttachmentComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
        var me = focalPoint();
        var reviewer = (AccountPrincipal) users.loadUserByUsername("reviewer@example.org");
        long id = actions.create(me.user(), "GHA", ActionMother.content("Reviewed action", 13));
        actions.submit(me.user(), id, queries.detail(me.user(), id).lockVersion());

        // the reviewer's reason, refused for a control character: kept as typed, beside its box
        String typed = "Add the numbers\u0001 please";
        var refused = mvc.perform(post("/actions/" + id + "/return").with(user(reviewer)).with(csrf())
                        .param("lockVersion", String.valueOf(queries.detail(reviewer.user(), id).lockVersion())).param("reason", typed))
                .andExpect(redirectedUrl("/review/" + id)).andReturn();
        String html = followed(refused, reviewer);
        FormInError.assertSummary(html, "reason");
        FormInError.assertField(html, "reason", "contains a control character (U+0001 at position 16)");
        assertThat(html).contains(">" + typed + "</textarea>").doesNotContain("class=\"error-box\"");

        actions.publish(reviewer.user(), id, queries.detail(reviewer.user(), id).lockVersion());
        refused = mvc.perform(post("/actions/" + id + "/withdraw").with(user(me)).with(csrf())
                        .param("lockVersion", String.valueOf(queries.detail(me.user(), id).lockVersion())).param("reason", " "))
                .andExpect(redirectedUrl("/actions/" + id)).andReturn();
        html = followed(refused, me);
        FormInError.assertSummary(html, "withdraw-reason");
        FormInError.assertField(html, "withdraw-reason", "give a reason");

        // a file that is not what its name says
        refused = mvc.perform(multipart("/actions/" + id + "/attachments").file(new MockMultipartFile("file", "report.pdf",
                        "application/pdf", "not a PDF".getBytes())).with(user(me)).with(csrf()))
                .andExpect(redirectedUrl("/actions/" + id)).andReturn();
        html = followed(refused, me);
        FormInError.assertSummary(html, "file");
        FormInError.assertField(html, "file", "only PDF, PNG, JPEG");
        FormInError.assertFieldValid(html, "withdraw-reason");
    }

    private String followed(org.springframework.test.web.servlet.MvcResult redirect, AccountPrincipal as) throws Exception {
        return FormInError.followed(mvc, redirect, user(as));
    }

    @Test
    void aFileWithProblemsIsTheFileFieldsProblemAndTheTableListsThem() throws Exception {
        String html = mvc.perform(multipart("/workspace/GHA/import").file(new MockMultipartFile("file", "plan.csv", "text/csv",
                        "title,description,commitments\n,No title,13\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("dryRun", "true").with(user(focalPoint())).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "file");
        FormInError.assertField(html, "file", "The file plan.csv has problems, listed below by row and column");
        assertThat(html).contains("id=\"import-errors\"");
    }

    @Test
    void templatesDownload() throws Exception {
        mvc.perform(get("/actions/import-template.csv")).andExpect(status().isOk())
                .andExpect(content().string(containsString("title,description,commitments")));
        mvc.perform(get("/actions/import-template.xlsx")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("a4p-actions-template.xlsx")));
    }
}
