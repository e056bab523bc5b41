package org.a4ptracker.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class HealthTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthReportsTheDatabase() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("H2"));
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
