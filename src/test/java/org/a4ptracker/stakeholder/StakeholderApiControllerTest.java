package org.a4ptracker.stakeholder;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class StakeholderApiControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void memberStatesAre193PaginatedInPagesOfTheAskedSize() throws Exception {
        mvc.perform(get("/api/v1/stakeholders").param("type", "MEMBER_STATE").param("size", "50").param("page", "4"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(193))
                .andExpect(jsonPath("$.totalPages").value(4))
                .andExpect(jsonPath("$.items", hasSize(43)))
                .andExpect(jsonPath("$.items[0].id").doesNotExist());
    }

    @Test
    void filtersByRoleYearRegionAndName() throws Exception {
        mvc.perform(get("/api/v1/stakeholders").param("role", "security_council_member").param("year", "2025"))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("CHN", "FRA", "RUS", "GBR", "USA")));
        mvc.perform(get("/api/v1/stakeholders").param("q", "kinshasa"))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/stakeholders").param("q", "congo").param("type", "MEMBER_STATE"))
                .andExpect(jsonPath("$.items[*].code").value(containsInAnyOrder("COD", "COG")));
        mvc.perform(get("/api/v1/stakeholders").param("region", "Oceania").param("type", "MEMBER_STATE"))
                .andExpect(jsonPath("$.totalItems").value(14));
    }

    @Test
    void profileHasNamesRolesAndHostedMissions() throws Exception {
        mvc.perform(get("/api/v1/stakeholders/CAF"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stakeholder.names.fr").value("République centrafricaine"))
                .andExpect(jsonPath("$.roles[0].role").value("HOST_COUNTRY"))
                .andExpect(jsonPath("$.roles[0].fromYear").value(2018))
                .andExpect(jsonPath("$.missionsHosted[0].code").value("MINUSCA"))
                .andExpect(jsonPath("$.missionsHosted[0].active").value(true));
    }

    @Test
    void missionsByStatus() throws Exception {
        mvc.perform(get("/api/v1/missions").param("status", "active"))
                .andExpect(jsonPath("$.items", hasSize(11))).andExpect(jsonPath("$.totalItems").value(11));
        mvc.perform(get("/api/v1/missions").param("status", "closed")).andExpect(jsonPath("$.totalItems").value(7));
        mvc.perform(get("/api/v1/missions").param("size", "5").param("page", "4"))
                .andExpect(jsonPath("$.totalItems").value(18))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[2].code").value("MONUC"));
        mvc.perform(get("/api/v1/missions/UNAMID"))
                .andExpect(jsonPath("$.startYear").value(2007))
                .andExpect(jsonPath("$.endYear").value(2020))
                .andExpect(jsonPath("$.hosts[0].code").value("SDN"));
    }

    @Test
    void badParametersAndUnknownCodes() throws Exception {
        mvc.perform(get("/api/v1/stakeholders").param("type", "city"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("type"));
        mvc.perform(get("/api/v1/stakeholders").param("year", "2020"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get("/api/v1/stakeholders").param("year", "last"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get("/api/v1/missions").param("status", "paused"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("status"));
        mvc.perform(get("/api/v1/stakeholders/XYZ")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(get("/api/v1/missions/FRA")).andExpect(status().isNotFound());
    }
}
