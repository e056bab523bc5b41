package org.a4ptracker.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in through the real login form: throttling, invitation, sign-out, and the audit of each. */
@H2Test
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private String newAccountWithPassword(String password) {
        long adminId = jdbc.sql("select id from app_user where email = 'admin@example.org'").query(Long.class).single();
        var admin = new CurrentUser(adminId, "admin@example.org", "Admin", true, false, Set.of());
        String email = "signin-" + UUID.randomUUID() + "@example.org";
        var account = accounts.create(admin, new NewAccount(email, "Signing in", false, false, List.of()));
        accounts.acceptInvitation(accounts.invite(admin, account.id()), password, password);
        return email;
    }

    private long audited(String email, String outcome) {
        return jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN' and actor_label = :e and outcome = :o")
                .param("e", email).param("o", outcome).query(Long.class).single();
    }

    @Test
    void aRightPasswordSignsInAndIsAudited() throws Exception {
        String email = newAccountWithPassword("correct horse battery");
        mvc.perform(formLogin("/login").user(email).password("correct horse battery")).andExpect(redirectedUrl("/"));
        assertThat(audited(email, "SUCCESS")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String email = newAccountWithPassword("correct horse battery");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(email).password("correct horse battery")).andExpect(redirectedUrl("/login?locked"));
        assertThat(audited(email, "FAILURE")).isEqualTo(6);
        assertThat(audited(email, "SUCCESS")).isZero();
        mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("locked for 15 minutes")));
    }

    @Test
    void theInvitationPageSetsThePasswordOnceAndKeepsTheFormOnAnError() throws Exception {
        long adminId = jdbc.sql("select id from app_user where email = 'admin@example.org'").query(Long.class).single();
        var admin = new CurrentUser(adminId, "admin@example.org", "Admin", true, false, Set.of());
        String email = "invited-" + UUID.randomUUID() + "@example.org";
        var account = accounts.create(admin, new NewAccount(email, "Invited", false, false, List.of()));
        String token = accounts.invite(admin, account.id());
        mvc.perform(get("/invitations/" + token)).andExpect(content().string(containsString(email)));
        mvc.perform(post("/invitations/" + token).with(csrf()).param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("use at least 12 characters")));
        mvc.perform(post("/invitations/" + token).with(csrf()).param("password", "a good long password")
                .param("confirmation", "a good long password")).andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(get("/invitations/" + token)).andExpect(content().string(containsString("expired or was already used")));
        mvc.perform(formLogin("/login").user(email).password("a good long password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void signingOutNeedsAPostWithCsrf() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/?signedout"));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }
}
