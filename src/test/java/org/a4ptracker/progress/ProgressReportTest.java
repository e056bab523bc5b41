package org.a4ptracker.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class ProgressReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressService progress;
    @Autowired
    ActionService actions;
    @Autowired
    ReportingStatusService reporting;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReportOfACycleHasEveryAreaThePublishedActionsAndNoDraft() throws Exception {
        String draft = ReportFiles.draft(jdbc, actions, "GHA", 2024);
        String published = ReportFiles.publishedTitle(jdbc, null, 2024);

        byte[] pdf = mvc.perform(get("/reports/progress/2024.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", containsString("a4p-progress-report-2024.pdf")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String text = ReportFiles.text(pdf);
        var areas = progress.overview().areaTitles();
        assertThat(areas).hasSize(8).first().isEqualTo("Politics");
        assertThat(text).contains("A4P Tracker — progress report", "Reporting cycle 2024",
                "Includes generated sample data: not an official report", "Annex: published actions of the cycle");
        for (int i = 0; i < areas.size(); i++) {
            assertThat(text).contains((i + 1) + ". " + areas.get(i));
        }
        assertThat(text).contains(published.replaceAll("\\s+", " ")).doesNotContain(draft);
    }

    @Test
    void anUnknownCycleIsNotFound() throws Exception {
        mvc.perform(get("/reports/progress/1999.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theOverviewLinksTheReportOfTheCurrentCycle() throws Exception {
        mvc.perform(get("/overview")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/reports/progress/" + reporting.currentCycle() + ".pdf")));
    }
}
