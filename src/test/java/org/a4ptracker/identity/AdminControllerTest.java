package org.a4ptracker.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.a4ptracker.support.FormInError;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The administrator's account forms refused: every problem in the error summary and beside its field, what was typed kept. */
@H2Test
class AdminControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;

    private UserDetails admin() {
        return users.loadUserByUsername("admin@example.org");
    }

    /** The page a refused form redirects to, with the flash attributes the redirect carried. */
    private String followed(MvcResult redirect) throws Exception {
        return FormInError.followed(mvc, redirect, user(admin()));
    }

    @Test
    void aNewAccountWithSeveralProblemsShowsThemAllInTheFormsOrderAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("email", "not an address").param("displayName", " ").param("reviewer", "true")
                        .param("stakeholders", "GHA, NOPE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "email", "displayName", "stakeholders");
        FormInError.assertField(html, "email", "enter an e-mail address such as name@example.org");
        FormInError.assertField(html, "displayName", "enter the person&#39;s name");
        FormInError.assertField(html, "stakeholders", "unknown stakeholder code &#39;NOPE&#39;");
        assertThat(FormInError.tag(html, "email")).contains("value=\"not an address\"");
        assertThat(FormInError.tag(html, "stakeholders")).contains("value=\"GHA, NOPE\"");
        assertThat(FormInError.tag(html, "reviewer")).contains("checked");
        FormInError.assertFieldValid(html, "reviewer");
        // the administration menu once (it was also printed at the foot of this page: a duplicate landmark for axe)
        assertThat(html).containsOnlyOnce("aria-label=\"Administration\"");
    }

    @Test
    void anAddressAlreadyTakenIsTheAddressFieldsOneProblem() throws Exception {
        String html = mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
                        .param("email", "admin@example.org").param("displayName", "Someone"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "email");
        FormInError.assertField(html, "email", "an account with this e-mail address already exists");
        FormInError.assertFieldValid(html, "displayName");
        assertThat(FormInError.tag(html, "displayName")).contains("value=\"Someone\"");
    }

    @Test
    void anAccountsEditAndBindingRefusedComeBackBesideTheirFieldsWithWhatWasTyped() throws Exception {
        long me = ((AccountPrincipal) admin()).user().id();
        // an administrator cannot disable themself: the box that did it is the one in error, the typed name kept
        String html = followed(mvc.perform(post("/admin/users/" + me).with(user(admin())).with(csrf())
                .param("displayName", "Typed name").param("administrator", "true")).andReturn());
        FormInError.assertSummary(html, "enabled");
        FormInError.assertField(html, "enabled", "you cannot remove your own administrator role or disable yourself");
        assertThat(FormInError.tag(html, "displayName")).contains("value=\"Typed name\"");
        assertThat(FormInError.tag(html, "enabled")).doesNotContain("checked");

        var other = accounts.create(((AccountPrincipal) admin()).user(),
                new NewAccount("bound-" + UUID.randomUUID() + "@example.org", "Bound", false, false, List.of()));
        var refused = mvc.perform(post("/admin/users/" + other.id() + "/bindings").with(user(admin())).with(csrf()).param("stakeholder", "XYZ"))
                .andExpect(redirectedUrl("/admin/users/" + other.id())).andReturn();
        html = followed(refused);
        FormInError.assertSummary(html, "stakeholder");
        FormInError.assertField(html, "stakeholder", "unknown stakeholder code &#39;XYZ&#39;");
        assertThat(FormInError.tag(html, "stakeholder")).contains("value=\"XYZ\"");
        FormInError.assertFieldValid(html, "displayName");
    }
}
