package org.a4ptracker.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class OverviewControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressService progress;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOverviewHasItsTablesAndDownloads() throws Exception {
        mvc.perform(get("/overview")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/api/v1/overview/actions-per-area.csv\""),
                        containsString("<option value=\"\">All cycles</option>"),containsString("id=\"reporting-rates\""), containsString("id=\"actions-per-area\""),
                        containsString("id=\"perception-per-area\""), containsString("id=\"overview-chart\""),
                        containsString("154 endorsements of the Declaration"), containsString("Sample perception survey 2025"))));
        mvc.perform(get("/api/v1/overview")).andExpect(jsonPath("$.endorsements").value(154))
                .andExpect(jsonPath("$.reportingRates.ORGANISATION['2026'].total").value(4));
        mvc.perform(get("/api/v1/overview/actions-per-area.csv")).andExpect(content().string(containsString("area,cycle,published_actions")));
        mvc.perform(get("/api/v1/overview/reporting-rates.csv")).andExpect(content().string(containsString("MEMBER_STATE,2026,")));
        mvc.perform(get("/api/v1/overview/nope.csv")).andExpect(status().isNotFound());
    }

    @Test
    void theOverviewNarrowsToACycleAndAKindAndRefusesUnknownOnes() throws Exception {
        var all = progress.overview();
        int area3In2026 = all.actionsPerArea().get(3).getOrDefault(2026, 0);
        var orgs2026 = all.reportingRates().get("ORGANISATION").get(2026);
        mvc.perform(get("/api/v1/overview").param("cycle", "2026").param("type", "organisation"))
                .andExpect(jsonPath("$.cycles.length()").value(1))
                .andExpect(jsonPath("$.reportingRates.length()").value(1))
                .andExpect(jsonPath("$.reportingRates.ORGANISATION['2026'].reporting").value(orgs2026.reporting()))
                .andExpect(jsonPath("$.reportingRates.ORGANISATION['2026'].total").value(4))
                .andExpect(jsonPath("$.actionsPerArea['3'].length()").value(area3In2026 == 0 ? 0 : 1))
                .andExpect(jsonPath("$.endorsements").value(154));
        mvc.perform(get("/api/v1/overview/reporting-rates.csv").param("cycle", "2026").param("type", "ORGANISATION"))
                .andExpect(content().string("stakeholder_type,cycle,reporting,total,share\r\nORGANISATION,2026," + orgs2026.reporting()
                        + ",4," + orgs2026.share() + "\r\n"));
        mvc.perform(get("/overview").param("cycle", "2026").param("type", "ORGANISATION")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"overview-filters\""),
                        containsString("<option value=\"2026\" selected=\"selected\">2026</option>"),
                        containsString("Published actions per area, cycle 2026"),
                        containsString("/api/v1/overview/reporting-rates.csv?cycle=2026&amp;type=ORGANISATION"),
                        containsString("/api/v1/overview/actions-per-area.xlsx?cycle=2026&amp;type=ORGANISATION"))));
        byte[] xlsx = mvc.perform(get("/api/v1/overview/actions-per-area.xlsx").param("cycle", "2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("actions-per-area");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("published_actions");
            assertThat(sheet.getLastRowNum()).isEqualTo(8); // one row per area for the one cycle
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2026.0);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(area3In2026);
        }
        mvc.perform(get("/api/v1/overview/nope.xlsx")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/overview").param("cycle", "1999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("unknown reporting cycle 1999")));
        mvc.perform(get("/overview").param("type", "PLANET")).andExpect(status().isBadRequest());
    }

    @Test
    void aPublishedActionShowsOnTheNextLoadAndADraftDoesNot() {
        var before = progress.overview();
        int area7 = before.actionsPerArea().get(7).getOrDefault(2027, 0);
        int orgs = before.reportingRates().get("ORGANISATION").get(2027).reporting();
        var accounts = new TestAccounts(jdbc);
        var focal = accounts.focalPointOf("NATO");
        var reviewer = accounts.reviewer();
        var content = new ActionContent("Overview action", "Done", ActionStatus.COMPLETED, 2027, LocalDate.of(2027, 1, 1), null,
                List.of(37, 38), List.of(), List.of());
        long id = actions.create(focal, "NATO", content);
        assertThat(progress.overview().actionsPerArea().get(7).getOrDefault(2027, 0)).isEqualTo(area7);
        actions.submit(focal, id, 0);
        actions.publish(reviewer, id, 1);
        var after = progress.overview();
        assertThat(after.actionsPerArea().get(7).get(2027)).isEqualTo(area7 + 1); // two commitments of area 7, counted once
        assertThat(after.reportingRates().get("ORGANISATION").get(2027).reporting()).isEqualTo(orgs + 1);
        assertThat(after.reportingRates().get("ORGANISATION").get(2027).total()).isEqualTo(4);
    }

    @Test
    void aCommitmentPagePutsActionsPerceptionAndIndicatorsSideBySide() throws Exception {
        mvc.perform(get("/commitments/12")).andExpect(content().string(allOf(containsString("id=\"published-actions\""),
                containsString("id=\"perception\""), containsString("Sample perception survey 2025"), containsString("Change since"),
                containsString("id=\"indicators\""), containsString("Military contingents 2026: Off track"))));
        mvc.perform(get("/areas/2")).andExpect(content().string(allOf(containsString("id=\"perception\""),
                containsString("Published actions by status"))));
    }

    @Test
    void indicatorsOffTrackComeWithTheirRule() {
        assertThat(progress.overview().offTrack()).anySatisfy(o -> {
            assertThat(o.code()).isEqualTo("WOMEN_SHARE");
            assertThat(o.rule()).contains("below");
        });
    }
}
