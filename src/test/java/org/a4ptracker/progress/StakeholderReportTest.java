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
import org.a4ptracker.shared.Text;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.InEnglish;
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
        try (var workbook = xlsx("en")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet statusSheet = workbook.getSheet("status");
            Sheet actionsSheet = workbook.getSheet("actions");
            assertThat(row(statusSheet.getRow(0))).containsExactly("Stakeholder code", "Reporting cycle", "Due on", "Status",
                    "Published actions");
            assertThat(row(actionsSheet.getRow(0))).containsExactly("Identifier", "Title", "Stakeholder code", "Stakeholder",
                    "Reporting cycle", "Commitments", "Status", "Published on");
            assertThat(statusSheet.getLastRowNum()).isEqualTo(reporting.cycles().size());
            for (int r = 1; r <= statusSheet.getLastRowNum(); r++) {
                var statusRow = row(statusSheet.getRow(r));
                assertThat(statusRow.get(0)).isEqualTo("GHA");
                var expected = reporting.status("GHA", Integer.parseInt(statusRow.get(1))).overall();
                assertThat(statusRow.get(3)).isEqualTo(InEnglish.text(Text.of("status." + expected.name())));
                assertThat(statusRow.get(2)).matches("\\d{4}-\\d{2}-\\d{2}"); // dates as machines read them
            }
            var titles = new ArrayList<String>();
            for (int r = 1; r <= actionsSheet.getLastRowNum(); r++) {
                var cells = row(actionsSheet.getRow(r));
                assertThat(cells.get(2)).isEqualTo("GHA");
                assertThat(cells.get(3)).isEqualTo("Ghana");
                assertThat(cells.get(6)).isIn("Planned", "Ongoing", "Completed", "Discontinued");
                titles.add(cells.get(1));
            }
            assertThat(titles).contains(published).doesNotContain(draft);
        }
    }

    /** The headings, the statuses and the stakeholder's name follow the reader's language; codes, cycles and dates do not. */
    @Test
    void theXlsxIsHeadedAndLabelledInTheReadersLanguage() throws Exception {
        try (var french = xlsx("fr"); var arabic = xlsx("ar")) {
            assertThat(row(french.getSheet("status").getRow(0))).containsExactly("Code de la partie prenante", "Cycle de rapport",
                    "Échéance", "Statut", "Actions publiées");
            assertThat(row(arabic.getSheet("status").getRow(0))).containsExactly("رمز الجهة المعنية", "دورة الإبلاغ",
                    "الموعد النهائي", "الحالة", "الإجراءات المنشورة");
            for (int r = 1; r <= french.getSheet("status").getLastRowNum(); r++) {
                var fr = row(french.getSheet("status").getRow(r));
                var ar = row(arabic.getSheet("status").getRow(r));
                var state = reporting.status("GHA", Integer.parseInt(fr.get(1))).overall().name();
                assertThat(fr.get(3)).isEqualTo(switch (state) {
                    case "REPORTED" -> "Rapport fait";
                    case "DUE" -> "À faire";
                    default -> "En retard";
                });
                assertThat(ar.get(3)).isEqualTo(switch (state) {
                    case "REPORTED" -> "مُبلَّغ عنه";
                    case "DUE" -> "مستحق";
                    default -> "متأخر";
                });
                assertThat(ar.subList(0, 3)).isEqualTo(fr.subList(0, 3)); // GHA, the cycle and the ISO date in both
            }
            var actionRow = row(arabic.getSheet("actions").getRow(1));
            assertThat(actionRow.get(2)).isEqualTo("GHA");
            assertThat(actionRow.get(3)).isEqualTo("غانا");
            assertThat(actionRow.get(6)).isIn("مخطط له", "جارٍ", "منجز", "متوقف");
            assertThat(row(french.getSheet("actions").getRow(1)).get(6)).isIn("Prévue", "En cours", "Achevée", "Abandonnée");
        }
    }

    private XSSFWorkbook xlsx(String language) throws Exception {
        byte[] xlsx = mvc.perform(get("/reports/stakeholders/GHA.xlsx").param("lang", language)).andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
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
