package org.a4ptracker.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import org.a4ptracker.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PostgresTest
class HealthPostgresTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthReportsThePostgresDatabase() throws Exception {
        mvc.perform(get("/actuator/health").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMINISTRATOR")))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
        mvc.perform(get("/api/v1/commitments/45"))
                .andExpect(jsonPath("$.text").value("[We collectively commit to] support environmentally-responsible solutions to our operations and mandate delivery"));
    }
}
