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

import org.a4ptracker.support.FormInError;
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
    @Autowired
    ApiTokenService tokens;

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
    void signingInChangesTheSessionIdSoThatAnIdKnownBeforeIsWorthNothing() throws Exception {
        String email = newAccountWithPassword("correct horse battery");
        var page = mvc.perform(get("/login")).andReturn().getResponse();
        var before = page.getCookie("SESSION");
        assertThat(before).as("the sign-in form's CSRF token lives in a session").isNotNull();
        var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getContentAsString());
        assertThat(token.find()).isTrue();
        var signedIn = mvc.perform(post("/login").cookie(before).with(from("10.30.0.91")).param("_csrf", token.group(1))
                .param("username", email).param("password", "correct horse battery")).andExpect(redirectedUrl("/")).andReturn().getResponse();
        var after = signedIn.getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/account/tokens").cookie(after)).andExpect(status().isOk());
        // whoever knew the id from before signing in (a fixation attack) holds no signed-in session
        mvc.perform(get("/account/tokens").cookie(before)).andExpect(status().is3xxRedirection());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", email).param("password", password));
    }

    @Test
    void wrongPasswordsFromOnePlaceThrottleThatPlaceButNeitherTheSessionNorTheTokensNorThePersonElsewhere() throws Exception {
        String email = newAccountWithPassword("correct horse battery");
        // the session is in the database, named by the SESSION cookie as a browser keeps it
        var session = signIn(email, "correct horse battery", "10.30.0.7")
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String token = jdbc.sql("select id from app_user where email = :e").param("e", email).query(Long.class).optional()
                .map(id -> tokens.create(new CurrentUser(id, email, "Signing in", false, false, Set.of()), "script").secret()).orElseThrow();
        for (int i = 0; i < 5; i++) {
            signIn(email, "wrong " + i, "10.30.0.66").andExpect(redirectedUrl("/login?error"));
        }
        // the sixth is not even checked, right password or not: the guesser has to wait
        signIn(email, "correct horse battery", "10.30.0.66").andExpect(redirectedUrl("/login?locked"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().exists("Retry-After"));
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        signIn(email, "correct horse battery", "10.30.0.7").andExpect(redirectedUrl("/"));
        assertThat(audited(email, "FAILURE")).isEqualTo(6);
        String locked = mvc.perform(get("/login").param("locked", "")).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(locked, "username");
        FormInError.assertField(locked, "username", "Nothing is locked");
    }

    @Test
    void anUnknownEMailGetsExactlyTheAnswersOfAnExistingOne() throws Exception {
        String known = newAccountWithPassword("correct horse battery");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        var answers = new java.util.ArrayList<List<String>>();
        for (int i = 0; i < 7; i++) {
            var k = signIn(known, "wrong " + i, "10.31.0.1").andReturn().getResponse();
            var u = signIn(unknown, "wrong " + i, "10.31.0.2").andReturn().getResponse();
            assertThat(u.getStatus()).isEqualTo(k.getStatus());
            answers.add(List.of(k.getRedirectedUrl(), u.getRedirectedUrl()));
        }
        assertThat(answers).allMatch(pair -> pair.get(0).equals(pair.get(1)));
        assertThat(answers.get(6).get(0)).isEqualTo("/login?locked");
    }

    @Test
    void bulkAttemptsAcrossAccountsFromOneClientAnswer429WithRetryAfter() throws Exception {
        int refusedAt = -1;
        long started = System.nanoTime();
        for (int i = 0; i < 40 && refusedAt < 0; i++) {
            var response = signIn("bulk-" + i + "-" + UUID.randomUUID() + "@example.org", "guess", "10.32.0.9").andReturn().getResponse();
            if (response.getStatus() == 429) {
                refusedAt = i;
                assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, 60L);
            }
        }
        // 20 at once, plus the one the bucket refills every 3 s while the test runs
        long elapsedSeconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(refusedAt).as("about the 21st attempt in a minute from one client is refused")
                .isBetween(20, 20 + (int) (elapsedSeconds / 3) + 1);
        signIn("someone-" + UUID.randomUUID() + "@example.org", "guess", "10.32.0.10").andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theInvitationPageSetsThePasswordOnceAndKeepsTheFormOnAnError() throws Exception {
        long adminId = jdbc.sql("select id from app_user where email = 'admin@example.org'").query(Long.class).single();
        var admin = new CurrentUser(adminId, "admin@example.org", "Admin", true, false, Set.of());
        String email = "invited-" + UUID.randomUUID() + "@example.org";
        var account = accounts.create(admin, new NewAccount(email, "Invited", false, false, List.of()));
        String token = accounts.invite(admin, account.id());
        mvc.perform(get("/invitations/" + token)).andExpect(content().string(containsString(email)));
        String html = mvc.perform(post("/invitations/" + token).with(csrf()).param("password", "short").param("confirmation", "shirt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // both problems at once, each beside its field; passwords are typed again, never sent back
        FormInError.assertSummary(html, "password", "confirmation");
        FormInError.assertField(html, "password", "use at least 12 characters");
        FormInError.assertField(html, "confirmation", "the two passwords differ");
        assertThat(html).doesNotContain("value=\"short\"", "value=\"shirt\"");
        mvc.perform(post("/invitations/" + token).with(csrf()).param("password", "a good long password")
                .param("confirmation", "a good long password")).andExpect(redirectedUrl("/login?welcome"));
        mvc.perform(get("/invitations/" + token)).andExpect(content().string(containsString("expired or was already used")));
        mvc.perform(formLogin("/login").user(email).password("a good long password")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aRefusedSignInComesBackAsAnErrorSummaryWithTheEMailAsTyped() throws Exception {
        String email = newAccountWithPassword("correct horse battery");
        var refused = signIn(email, "wrong horse", "10.33.0.1").andExpect(redirectedUrl("/login?error")).andReturn();
        var session = refused.getResponse().getCookie("SESSION");
        String html = mvc.perform(get("/login").param("error", "").cookie(session)).andReturn().getResponse().getContentAsString();
        FormInError.assertSummary(html, "username");
        FormInError.assertField(html, "username", "Wrong e-mail or password.");
        // one message for both fields: which of the two was wrong is not said
        assertThat(FormInError.tag(html, "password")).contains("aria-invalid=\"true\"", "aria-describedby=\"username-error\"")
                .doesNotContain("value=");
        assertThat(FormInError.tag(html, "username")).contains("value=\"" + email + "\"").doesNotContain("autofocus");
        // the typed address is shown once, not on the next visit
        assertThat(mvc.perform(get("/login").cookie(session)).andReturn().getResponse().getContentAsString())
                .doesNotContain(email, "error-summary").doesNotContain("<title>Error");
    }

    @Test
    void signingOutNeedsAPostWithCsrf() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/?signedout"));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }
}
