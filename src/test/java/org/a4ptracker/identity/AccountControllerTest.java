package org.a4ptracker.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.a4ptracker.support.FormInError;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A person's own account pages: a refused API token name comes back beside its field, as typed. */
@H2Test
class AccountControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aRefusedTokenNameIsShownBesideItsFieldAsTyped() throws Exception {
        var me = users.loadUserByUsername("focal.point@example.org");
        String typed = "tab\there";
        var refused = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", typed))
                .andExpect(redirectedUrl("/account/tokens")).andReturn();
        String html = FormInError.followed(mvc, refused, user(me));
        FormInError.assertSummary(html, "name");
        FormInError.assertField(html, "name", "U+0009");
        assertThat(FormInError.tag(html, "name")).contains("value=\"" + typed + "\"");
        assertThat(html).doesNotContain("class=\"error-box\"");

        String blank = FormInError.followed(mvc, mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "  "))
                .andReturn(), user(me));
        FormInError.assertField(blank, "name", "give the token a name of 1 to 100 characters");

        // the page without a refusal: no summary, no "Error:"
        String plain = mvc.perform(get("/account/tokens").with(user(me))).andReturn().getResponse().getContentAsString();
        assertThat(plain).doesNotContain("error-summary", "<title>Error");
        FormInError.assertFieldValid(plain, "name");
    }
}
