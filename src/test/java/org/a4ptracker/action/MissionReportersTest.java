package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class MissionReportersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionService actions;
    @Autowired
    ActionStatistics statistics;
    @Autowired
    JdbcClient jdbc;

    private int actionsOf(String stakeholder, String mission) {
        return statistics.reportersOnMission(mission).stream().filter(r -> r.code().equals(stakeholder))
                .mapToInt(ActionStatistics.MissionReporter::actions).sum();
    }

    @Test
    void aMissionListsWhoReportsOnItCountingPublishedActionsOnly() throws Exception {
        int before = actionsOf("NATO", "UNMISS");
        var accounts = new TestAccounts(jdbc);
        var focal = accounts.focalPointOf("NATO");
        var content = new ActionContent("Mission reporters action", "Done", ActionStatus.COMPLETED, 2027, LocalDate.of(2027, 1, 1),
                null, List.of(20), List.of("UNMISS"), List.of());
        long id = actions.create(focal, "NATO", content);
        assertThat(actionsOf("NATO", "UNMISS")).isEqualTo(before); // a draft does not count
        actions.submit(focal, id, 0);
        actions.publish(accounts.reviewer(), id, 1);

        assertThat(actionsOf("NATO", "UNMISS")).isEqualTo(before + 1);
        var nato = statistics.reportersOnMission("UNMISS").stream().filter(r -> r.code().equals("NATO")).findFirst().orElseThrow();
        assertThat(nato.sample()).isFalse(); // a real action among them: not all sample
        mvc.perform(get("/missions/UNMISS")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"mission-reporters\""), containsString("href=\"/stakeholders/NATO\""),
                        containsString((before + 1) + (before + 1 == 1 ? " published action<" : " published actions<")))));
        mvc.perform(get("/api/v1/missions/UNMISS/reporters"))
                .andExpect(jsonPath("$[?(@.code == 'NATO')].actions").value(before + 1));
        mvc.perform(get("/api/v1/missions/UNMISS/reporters.csv")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("mission,stakeholder,name,published_actions,sample"),
                        containsString("UNMISS,NATO,"), containsString("," + (before + 1) + ",false"))));
        mvc.perform(get("/missions/UNMISS")).andExpect(content().string(containsString("href=\"/api/v1/missions/UNMISS/reporters.xlsx\"")));
        mvc.perform(get("/api/v1/missions/FRA/reporters.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/missions/FRA/reporters")).andExpect(status().isNotFound());
        mvc.perform(get("/stakeholders/FRA")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("mission-reporters"))));
    }
}
