package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.identity.AccountUserDetailsService;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.a4ptracker.survey.RespondentGroup;
import org.a4ptracker.survey.RoundForm;
import org.a4ptracker.survey.SurveyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What a browser may keep: static files a year, public pages until they change (ETag), signed-in pages never. */
@H2Test
class PageCachingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountUserDetailsService accounts;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublicPageIsKeptAndAskedForAgainWithItsETag() throws Exception {
        var first = mvc.perform(get("/frameworks")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("W/\"");

        var again = mvc.perform(get("/frameworks").header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        // another language is another page
        var french = mvc.perform(get("/frameworks").param("lang", "fr").header("If-None-Match", etag)).andReturn().getResponse();
        assertThat(french.getStatus()).isEqualTo(200);
        assertThat(french.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void aSignedInPageAndAPageWithAFormTokenAreNeverStored() throws Exception {
        var principal = (AccountPrincipal) accounts.loadUserByUsername("focal.point@example.org");
        var signedIn = mvc.perform(get("/frameworks").with(user(principal))).andReturn().getResponse();
        assertThat(signedIn.getStatus()).isEqualTo(200);
        assertThat(signedIn.getHeader("ETag")).isNull();
        assertThat(signedIn.getHeader("Cache-Control")).contains("no-store");

        var login = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(login.getContentAsString()).contains("name=\"_csrf\"");
        assertThat(login.getHeader("ETag")).isNull();
        assertThat(login.getHeader("Cache-Control")).contains("no-store");

        var api = mvc.perform(get("/api/v1/areas")).andReturn().getResponse();
        assertThat(api.getHeader("ETag")).isNull();

        // a survey link's answers carry no CSRF field (the link is the credential) and are still never stored
        var reviewer = new TestAccounts(jdbc).reviewer();
        long round = surveys.create(reviewer, new RoundForm("Caching", null, java.time.LocalDate.now(),
                java.time.LocalDate.now().plusDays(3), java.util.List.of(RespondentGroup.ORGANISATIONS), null));
        String link = surveys.open(reviewer, round, 0).values().iterator().next();
        var respond = mvc.perform(get("/respond/" + link)).andReturn().getResponse();
        assertThat(respond.getStatus()).isEqualTo(200);
        assertThat(respond.getContentAsString()).doesNotContain("name=\"_csrf\"");
        assertThat(respond.getHeader("ETag")).isNull();
        assertThat(respond.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void staticFilesHaveTheirContentsHashInTheirNameAndAreKeptAYear() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        var css = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
        assertThat(css.find()).as("a fingerprinted stylesheet link").isTrue();
        assertThat(page).containsPattern("href=\"/img/favicon-[0-9a-f]{32}\\.svg\"").doesNotContain("<script");

        MvcResult style = mvc.perform(get(css.group(1))).andReturn();
        assertThat(style.getResponse().getStatus()).isEqualTo(200);
        assertThat(style.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
        assertThat(style.getResponse().getContentAsString()).contains(".site-header");

        String filters = mvc.perform(get("/stakeholders")).andReturn().getResponse().getContentAsString();
        assertThat(filters).containsPattern("<script src=\"/js/swap-[0-9a-f]{32}\\.js\" defer></script>");
        assertThat(mvc.perform(get("/favicon.ico")).andReturn().getResponse().getContentType()).isEqualTo("image/x-icon");
    }
}
