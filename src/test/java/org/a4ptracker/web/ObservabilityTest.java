package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Prometheus metrics for administrators only, with the app's own meters; a request id on every answer. */
@H2Test
class ObservabilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void metricsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
        var reviewer = (AccountPrincipal) users.loadUserByUsername("reviewer@example.org");
        mvc.perform(get("/actuator/prometheus").with(user(reviewer))).andExpect(status().isForbidden());
    }

    @Test
    void metricsShowLatencyHistogramsThePoolAndKeptFigures() throws Exception {
        mvc.perform(get("/overview")).andExpect(status().isOk());
        mvc.perform(get("/overview")).andExpect(status().isOk());
        var admin = (AccountPrincipal) users.loadUserByUsername("admin@example.org");
        String text = mvc.perform(get("/actuator/prometheus").with(user(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text).contains("http_server_requests_seconds_bucket{").contains("uri=\"/overview\"");
        assertThat(text).contains("hikaricp_connections_active");
        assertThat(text).containsPattern("a4p_cache_gets_total\\{[^}]*cache=\"OverviewCache.overview\"[^}]*result=\"hit\"[^}]*} [1-9]");
    }

    @Test
    void everyAnswerCarriesARequestIdTheLoadBalancersWhenPlausible() throws Exception {
        String made = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
        mvc.perform(get("/").header("X-Request-Id", "0123456789abcdef0123456789abcdef"))
                .andExpect(header().string("X-Request-Id", "0123456789abcdef0123456789abcdef"));
        String refused = mvc.perform(get("/").header("X-Request-Id", "bad id\" injected=1")).andReturn().getResponse()
                .getHeader("X-Request-Id");
        assertThat(refused).matches("[0-9a-f-]{36}");
    }

    @Test
    void invitationAndSurveyLinksNeverReachTheRequestLog() {
        assertThat(RequestLogFilter.loggable("/respond/AbC_secret-123")).isEqualTo("/respond/***");
        assertThat(RequestLogFilter.loggable("/invitations/AbC_secret-123")).isEqualTo("/invitations/***");
        assertThat(RequestLogFilter.loggable("/actions/12\"x")).isEqualTo("/actions/12%22x");
    }
}
