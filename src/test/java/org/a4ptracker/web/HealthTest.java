package org.a4ptracker.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class HealthTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void healthReportsTheDatabaseToAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("H2"))
                .andExpect(jsonPath("$.components.db.details.validationQuery").value(DatabaseConfig.HEALTH_QUERY));
        // the database, the disk path and its free space are nobody else's business
        for (var someone : java.util.List.of(user("reviewer").roles("REVIEWER"), anonymous())) {
            mvc.perform(get("/actuator/health").with(someone))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist())
                    .andExpect(jsonPath("$.details").doesNotExist());
        }
    }

    /**
     * Connections that still call themselves valid are not enough: a query must be answered. Here the table the
     * query reads is renamed away for a moment, so the pool's connections stay valid while the query fails.
     */
    @Test
    void healthIsDownWhenTheDatabaseCannotAnswerAQuery() throws Exception {
        jdbc.sql("alter table public_data_version rename to public_data_version_away").update();
        try {
            mvc.perform(get("/actuator/health").with(user("admin").roles("ADMINISTRATOR")))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.db.status").value("DOWN"));
        } finally {
            jdbc.sql("alter table public_data_version_away rename to public_data_version").update();
        }
        mvc.perform(get("/actuator/health").with(user("admin").roles("ADMINISTRATOR"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void assetsAreServedByTheApp() throws Exception {
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/js/swap.js")).andExpect(status().isOk());
        mvc.perform(get("/js/keep.js")).andExpect(status().isOk());
        mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
