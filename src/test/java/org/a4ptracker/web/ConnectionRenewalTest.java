package org.a4ptracker.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a pool does after the process was paused past its connections' lifetime: it closes every connection, among
 * them the one that created the schema, and opens new ones. Sign-in (which writes an audit event checked by a
 * {@code CHECK (outcome in (...))}) must still work: with H2 2.4.240 it failed with "The database has been closed".
 */
@H2Test
class ConnectionRenewalTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void signInWorksAfterThePoolRenewedEveryConnection() throws Exception {
        var pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
        pool.softEvictConnections();
        long before = jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN'").query(Long.class).single();
        mvc.perform(formLogin("/login").user("reviewer@example.org").password("sample-password-2026")).andExpect(authenticated());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from audit_event where action = 'SIGN_IN'")
                .query(Long.class).single()).isEqualTo(before + 1);
        mvc.perform(get("/actuator/health").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMINISTRATOR")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }
}
