package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.support.H2Test;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The actions list as CSV and XLSX: the page's filters, every matching row (more than one page), only
 * published versions, text neutralised against formulas.
 */
@H2Test
class ActionListDownloadTest {

    static final String STAKEHOLDER = "ISL";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    ActionService actions;
    @Autowired
    ActionQueries queries;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser focal;
    private CurrentUser reviewer;

    @BeforeEach
    void accounts() {
        var mother = new ActionMother(jdbc);
        focal = mother.focalPointOf(STAKEHOLDER);
        reviewer = mother.reviewer();
    }

    private long published(String title, int cycle, Integer... commitments) {
        long id = actions.create(focal, STAKEHOLDER, action(title, cycle, commitments));
        actions.submit(focal, id, 0);
        actions.publish(reviewer, id, 1);
        return id;
    }

    private static ActionContent action(String title, int cycle, Integer... commitments) {
        return new ActionContent(title, "What was done", ActionStatus.COMPLETED, cycle, LocalDate.of(cycle, 2, 1), null,
                List.of(commitments), List.of(), List.of());
    }

    private List<CSVRecord> csv(String... params) throws Exception {
        var request = get("/api/v1/actions.csv");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"a4p-actions.csv\""))
                .andReturn().getResponse().getContentAsString();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }

    @Test
    void theCsvHasEveryMatchingPublishedActionAndNothingElse() throws Exception {
        long formula = published(FORMULA, 2024, 5, 6);
        long otherCycle = published("Outside the cycle filter", 2023, 5);
        long otherCommitment = published("Outside the commitment filter", 2024, 30);
        long draft = actions.create(focal, STAKEHOLDER, action("A draft nobody may see", 2024, 5));
        long submitted = actions.create(focal, STAKEHOLDER, action("Submitted, not published", 2024, 5));
        actions.submit(focal, submitted, 0);
        long revised = published("The published text", 2024, 5);
        actions.edit(focal, revised, 2, action("A revision under way", 2024, 5));
        for (int i = 0; i < PageRequest.DEFAULT_SIZE + 3; i++) {
            published("Bulk action " + i, 2024, 5);
        }

        var rows = csv("stakeholder", STAKEHOLDER, "cycle", "2024", "commitment", "5");
        var expected = queries.published(new ActionFilter(null, 5, STAKEHOLDER, null, null, 2024), new PageRequest(1, 1)).totalItems();
        assertThat(rows).hasSize((int) expected).hasSizeGreaterThan(PageRequest.DEFAULT_SIZE); // all rows, not one page
        var ids = rows.stream().map(r -> Long.parseLong(r.get("id"))).toList();
        assertThat(ids).contains(formula, revised).doesNotContain(otherCycle, otherCommitment, draft, submitted);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("stakeholder_code")).isEqualTo(STAKEHOLDER);
            assertThat(r.get("reporting_cycle")).isEqualTo("2024");
            assertThat(r.get("commitments")).contains("5");
        });
        var mine = rows.get(ids.indexOf(formula));
        assertThat(mine.get("title")).isEqualTo("'" + FORMULA);
        assertThat(mine.get("stakeholder")).isEqualTo("Iceland");
        assertThat(mine.get("status")).isEqualTo("COMPLETED");
        assertThat(mine.get("commitments")).isEqualTo("5;6");
        assertThat(mine.get("sample")).isEqualTo("false");
        assertThat(mine.get("published_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(rows.get(ids.indexOf(revised)).get("title")).isEqualTo("The published text"); // not the revision
        assertThat(rows).noneMatch(r -> r.get("title").contains("draft") || r.get("title").contains("revision")
                || r.get("title").contains("Submitted"));
        assertThat(ids.get(0)).isGreaterThan(revised);
    }

    @Test
    void theXlsxHasTheSameRowsWithNumbersAsNumbersAndTextNeutralised() throws Exception {
        long formula = published(FORMULA, 2022, 17);
        long other = published("Same stakeholder, other commitment", 2022, 18);
        long draft = actions.create(focal, STAKEHOLDER, action("Draft on commitment 17", 2022, 17));
        byte[] xlsx = mvc.perform(get("/api/v1/actions.xlsx").param("stakeholder", STAKEHOLDER).param("commitment", "17")
                        .param("status", "completed"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"a4p-actions.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("actions");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Identifier");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Sample data");
            var ids = new ArrayList<Long>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    ids.add((long) row.getCell(0).getNumericCellValue());
                }
            }
            assertThat(ids).contains(formula).doesNotContain(other, draft);
            var mine = sheet.getRow(1 + ids.indexOf(formula));
            assertThat(mine.getCell(1).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(mine.getCell(4).getStringCellValue()).isEqualTo("Completed"); // the status for people, COMPLETED in the CSV
            assertThat(mine.getCell(5).getNumericCellValue()).isEqualTo(2022.0);
            assertThat(mine.getCell(6).getStringCellValue()).isEqualTo("17");
            assertThat(mine.getCell(8).getBooleanCellValue()).isFalse();
        }
    }

    @Test
    void noMatchIsAFileWithJustTheHeaderAndABadFilterIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/actions.csv").param("stakeholder", STAKEHOLDER).param("cycle", "2019").param("commitment", "44"))
                .andExpect(status().isOk())
                .andExpect(content().string("id,title,stakeholder_code,stakeholder,status,reporting_cycle,commitments,published_at,sample\r\n"));
        mvc.perform(get("/api/v1/actions.xlsx").param("stakeholder", "NOWHERE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                // not a broken file: Spring's own guard against reflected downloads may still add "inline;filename=f.txt"
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.not(containsString("attachment"))));
        mvc.perform(get("/api/v1/actions.csv").param("status", "finished"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("accepted: PLANNED")));
    }

    @Test
    void theListLinksToDownloadsWithItsFilters() throws Exception {
        mvc.perform(get("/actions").param("stakeholder", STAKEHOLDER).param("cycle", "2024").param("status", "completed"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/api/v1/actions.csv?stakeholder=ISL&amp;status=COMPLETED&amp;cycle=2024\""),
                        containsString("href=\"/api/v1/actions.xlsx?stakeholder=ISL&amp;status=COMPLETED&amp;cycle=2024\""),
                        containsString("Download every matching row:"))));
        mvc.perform(get("/actions").param("lang", "fr"))
                .andExpect(content().string(allOf(containsString("href=\"/api/v1/actions.csv\""),
                        containsString("Télécharger toutes les lignes correspondantes"))));
    }
}
