package org.a4ptracker.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.support.H2Test;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class StakeholderReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionService actions;
    @Autowired
    ReportingStatusService reporting;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePdfHasTheNameTheStatusAndThePublishedActionsOnly() throws Exception {
        String draft = ReportFiles.draft(jdbc, actions, "GHA", 2026);
        String published = ReportFiles.publishedTitle(jdbc, "GHA", null);
        byte[] pdf = mvc.perform(get("/reports/stakeholders/GHA.pdf")).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();

        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String text = ReportFiles.text(pdf);
        assertThat(text).contains("Ghana (GHA)", "Reporting status per cycle", published.replaceAll("\\s+", " "))
                .doesNotContain(draft);
        for (int cycle : reporting.cycles()) {
            var status = reporting.status("GHA", cycle);
            String row = cycle + org.a4ptracker.shared.Formats.date(status.dueOn(), java.util.Locale.ENGLISH)
                    + org.a4ptracker.support.InEnglish.text(org.a4ptracker.shared.Text.of("status." + status.overall().name()));
            assertThat(text.replace(" ", "")).contains(row.replace(" ", ""));
        }
    }

    @Test
    void theXlsxHasAStatusAndAnActionsSheetAsText() throws Exception {
        String draft = ReportFiles.draft(jdbc, actions, "GHA", 2026);
        String published = ReportFiles.publishedTitle(jdbc, "GHA", null);
        byte[] xlsx = mvc.perform(get("/reports/stakeholders/GHA.xlsx")).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet statusSheet = workbook.getSheet("status");
            Sheet actionsSheet = workbook.getSheet("actions");
            assertThat(row(statusSheet.getRow(0))).containsExactly("stakeholder_code", "cycle", "due_on", "status", "published_actions");
            assertThat(row(actionsSheet.getRow(0))).containsExactly("id", "title", "stakeholder_code", "stakeholder",
                    "reporting_cycle", "commitments", "status", "published_at");
            assertThat(statusSheet.getLastRowNum()).isEqualTo(reporting.cycles().size());
            var statusRow = row(statusSheet.getRow(1));
            assertThat(statusRow.get(0)).isEqualTo("GHA");
            assertThat(statusRow.get(3)).isIn("reported", "due", "overdue");
            var titles = new ArrayList<String>();
            for (int r = 1; r <= actionsSheet.getLastRowNum(); r++) {
                var cells = row(actionsSheet.getRow(r));
                assertThat(cells.get(2)).isEqualTo("GHA");
                assertThat(cells.get(3)).isEqualTo("Ghana");
                titles.add(cells.get(1));
            }
            assertThat(titles).contains(published).doesNotContain(draft);
        }
    }

    @Test
    void anUnknownStakeholderIsNotFound() throws Exception {
        mvc.perform(get("/reports/stakeholders/NOPE.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/reports/stakeholders/NOPE.xlsx")).andExpect(status().isNotFound());
    }

    @Test
    void theProfileLinksTheReports() throws Exception {
        mvc.perform(get("/stakeholders/GHA")).andExpect(status().isOk()).andExpect(content().string(allOf(
                containsString("id=\"stakeholder-reports\""), containsString("/reports/stakeholders/GHA.pdf"),
                containsString("/reports/stakeholders/GHA.xlsx"))));
    }

    /** Every cell is text: reading it as a string fails on a numeric cell. */
    private static List<String> row(Row row) {
        var cells = new ArrayList<String>();
        row.forEach(c -> cells.add(c.getStringCellValue()));
        return cells;
    }
}
