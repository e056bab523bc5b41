package org.a4ptracker.progress;

import org.a4ptracker.support.InEnglish;

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
                .andExpect(jsonPath("$.actionsPerArea['3'].length()").value(organisationsArea3In2026() == 0 ? 0 : 1))
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
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Published actions"); // headed for people, in English here
            assertThat(sheet.getLastRowNum()).isEqualTo(8); // one row per area for the one cycle
            assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2026.0);
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(area3In2026);
        }
        mvc.perform(get("/api/v1/overview/nope.xlsx")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/overview").param("cycle", "1999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("unknown reporting cycle 1999")));
        mvc.perform(get("/overview").param("type", "PLANET")).andExpect(status().isBadRequest());
        mvc.perform(get("/overview").param("cycle", "1999")).andExpect(status().isBadRequest());
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
                containsString("id=\"indicators\""), containsString("<span lang=\"en\">Military contingents</span> <span>2026: Off track</span>"))));
        mvc.perform(get("/areas/2")).andExpect(content().string(allOf(containsString("id=\"perception\""),
                containsString("Published actions by status"))));
    }

    /** Hand count, straight from the tables: published actions in area 3 by organisations, cycle 2026. */
    private int organisationsArea3In2026() {
        return jdbc.sql("""
                select count(distinct a.id) from action a
                join stakeholder s on s.id = a.stakeholder_id
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                join commitment k on k.number = c.commitment_number
                join area ar on ar.id = k.area_id
                where s.type = 'ORGANISATION' and v.reporting_cycle = 2026 and ar.number = 3
                """).query(Integer.class).single();
    }

    private long publish(String stakeholder, String title, int cycle, List<Integer> commitments) {
        var accounts = new TestAccounts(jdbc);
        var focal = accounts.focalPointOf(stakeholder);
        long id = actions.create(focal, stakeholder, new ActionContent(title, "Done", ActionStatus.COMPLETED, cycle,
                LocalDate.of(cycle, 1, 1), null, commitments, List.of(), List.of()));
        actions.submit(focal, id, 0);
        actions.publish(accounts.reviewer(), id, 1);
        return id;
    }

    @Test
    void theKindFilterNarrowsTheActionsPerAreaToActionsByThatKind() throws Exception {
        int states = progress.overview(2027, "MEMBER_STATE").actionsPerArea().get(6).getOrDefault(2027, 0);
        int organisations = progress.overview(2027, "ORGANISATION").actionsPerArea().get(6).getOrDefault(2027, 0);
        int all = progress.overview(2027, null).actionsPerArea().get(6).getOrDefault(2027, 0);
        publish("FRA", "Kind filter action", 2027, List.of(33));
        assertThat(progress.overview(2027, "MEMBER_STATE").actionsPerArea().get(6).get(2027)).isEqualTo(states + 1);
        assertThat(progress.overview(2027, "ORGANISATION").actionsPerArea().get(6).getOrDefault(2027, 0)).isEqualTo(organisations);
        assertThat(progress.overview(2027, null).actionsPerArea().get(6).get(2027)).isEqualTo(all + 1);
        mvc.perform(get("/api/v1/overview").param("cycle", "2027").param("type", "MEMBER_STATE"))
                .andExpect(jsonPath("$.actionsPerArea['6']['2027']").value(states + 1));
    }

    /**
     * While a cycle is open nobody is overdue on it; a State without an action in it whose report for the cycle before
     * is missing (that deadline passed) is drawn overdue, the others due: the current cycle's map shows the three statuses.
     */
    @Test
    void whileACycleIsOpenTheMapDrawsOverdueTheStatesWhoseReportForTheCycleBeforeIsMissing() throws Exception {
        var cycles = jdbc.sql("select cycle from reporting_cycle order by cycle").query(Integer.class).list();
        int open = cycles.stream().filter(c -> cycles.contains(c - 1)
                && !java.time.LocalDate.now().isAfter(jdbc.sql("select due_on from reporting_cycle where cycle = ?").params(c)
                        .query(java.time.LocalDate.class).single())
                && java.time.LocalDate.now().isAfter(jdbc.sql("select due_on from reporting_cycle where cycle = ?").params(c - 1)
                        .query(java.time.LocalDate.class).single())).findFirst().orElseThrow();
        var map = progress.reportingMap(open, null, java.util.Locale.ENGLISH);
        var before = progress.reportingMap(open - 1, null, java.util.Locale.ENGLISH);
        assertThat(map.previousCycle()).isEqualTo(open - 1);
        assertThat(before.previousCycle()).as("a closed cycle shows its own statuses").isNull();
        assertThat(before.rows()).allMatch(r -> r.overdueCycle() == null);
        var overdueBefore = before.rows().stream().filter(r -> r.state().equals("OVERDUE")).map(ReportingMap.Row::code)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(overdueBefore).isNotEmpty();
        for (var r : map.rows()) {
            boolean expected = r.state().equals("DUE") && overdueBefore.contains(r.code());
            assertThat(r.overdueCycle()).as(r.code()).isEqualTo(expected ? Integer.valueOf(open - 1) : null);
            if (r.publishedActions() == 0) {
                assertThat(r.bin()).as(r.code()).isEqualTo(expected ? "none-overdue" : "none-due");
            }
        }
        assertThat(map.counts().get("OVERDUE")).as("the cycle's own statuses: nobody is overdue on an open cycle").isZero();
        assertThat(map.binCounts().get("none-overdue")).isPositive()
                .isEqualTo(map.rows().stream().filter(r -> r.overdueCycle() != null).count());
        assertThat(map.binCounts().get("none-due")).isPositive();
        assertThat(map.drawn()).containsExactly(map.binCounts().get("actions-1") + map.binCounts().get("actions-2")
                + map.binCounts().get("actions-5"), map.binCounts().get("none-due"), map.binCounts().get("none-overdue"));
        String page = mvc.perform(get("/overview").param("cycle", String.valueOf(open)).param("lang", "en")).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("class=\"none-overdue\"", "class=\"none-due\"", "class=\"actions-1\"",
                "Overdue: nothing published for " + (open - 1) + " either, whose deadline has passed (" + map.binCounts().get("none-overdue") + ")");
        // each State's row, on the page the overview links to, says so too
        assertThat(mvc.perform(get("/overview/reporting-status").param("cycle", String.valueOf(open)).param("lang", "en")).andReturn()
                .getResponse().getContentAsString()).contains("(" + (open - 1) + ": overdue)");
    }

    @Test
    void theReportingStatusMapColoursEachStateByItsStatusInTheCycle() throws Exception {
        // a Member State with no published action in 2027 yet
        String code = jdbc.sql("""
                select s.code from stakeholder s where s.type = 'MEMBER_STATE' and s.iso_numeric is not null and not exists (
                  select 1 from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
                  where a.stakeholder_id = s.id and v.reporting_cycle = 2027)
                order by s.code
                """).query(String.class).list().get(0);
        var before = progress.reportingMap(2027, null, java.util.Locale.ENGLISH);
        assertThat(before.rows()).hasSize(195); // 193 Member States and 2 observer States
        assertThat(before.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(195);
        int reportedByHand = jdbc.sql("""
                select count(distinct a.stakeholder_id) from action a
                join stakeholder s on s.id = a.stakeholder_id
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                where v.reporting_cycle = 2027 and s.type in ('MEMBER_STATE', 'OBSERVER_STATE')
                """).query(Integer.class).single();
        assertThat(before.counts().get("REPORTED")).isEqualTo(reportedByHand);
        var open = before.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(open.state()).isIn("DUE", "OVERDUE");
        assertThat(open.publishedActions()).isZero();

        publish(code, "Map action", 2027, List.of(1));
        var after = progress.reportingMap(2027, null, java.util.Locale.ENGLISH);
        assertThat(after.counts().get("REPORTED")).isEqualTo(reportedByHand + 1);
        var row = after.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
        assertThat(row.state()).isEqualTo("REPORTED");
        assertThat(row.publishedActions()).isEqualTo(1);
        // the map colours a State by its published actions in the cycle (sequential palette), one here
        assertThat(after.shapes()).anySatisfy(shape -> {
            assertThat(shape.code()).isEqualTo(code);
            assertThat(shape.status()).isEqualTo("actions-1");
        });
        assertThat(after.binCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(195);
        // the others have none: due or overdue as their status says
        assertThat(after.binCounts().get("none-due") + after.binCounts().get("none-overdue"))
                .isEqualTo(195 - after.counts().get("REPORTED"));
        assertThat(after.binCounts().get("none-due")).isEqualTo(after.counts().getOrDefault("DUE", 0).longValue());
        assertThat(after.binCounts().get("none-overdue")).isEqualTo(after.counts().getOrDefault("OVERDUE", 0).longValue());
        // the share reporting by region adds up to the count, region by region from the rows
        assertThat(after.byRegion()).extracting(ReportingMap.RegionShare::region)
                .containsExactly("Africa", "Americas", "Asia", "Europe", "Oceania");
        assertThat(after.byRegion().stream().mapToInt(ReportingMap.RegionShare::reported).sum())
                .isEqualTo(after.counts().get("REPORTED"));
        var region = after.byRegion().stream().filter(r -> r.region().equals(row.region())).findFirst().orElseThrow();
        assertThat(region.total()).isEqualTo((int) after.rows().stream().filter(r -> row.region().equals(r.region())).count());
        assertThat(region.share()).isEqualByComparingTo(java.math.BigDecimal.valueOf(region.reported())
                .divide(java.math.BigDecimal.valueOf(region.total()), 4, java.math.RoundingMode.HALF_UP));

        String iso = jdbc.sql("select iso_numeric from stakeholder where code = ?").param(code).query(String.class).single();
        mvc.perform(get("/overview").param("cycle", "2027")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"reporting-map\""),
                        // the country drawn from the cached outline sprite, under its fingerprinted name
                        org.hamcrest.Matchers.matchesPattern("(?s).*<use href=\"/img/world-[0-9a-f]{32}\\.svg#n" + iso
                                + "\" class=\"actions-1\"><title>[^<]+: 1 published action</title></use>.*"),
                        containsString("<a href=\"/overview/reporting-status?cycle=2027\">Each stakeholder (195)</a>"),
                        containsString("id=\"reporting-map-legend\""), containsString("id=\"reporting-by-region\""),
                        containsString("Reporting status of the States, cycle 2027"),
                        containsString("/api/v1/overview/reporting-status.csv?cycle=2027"))));
        // every State's row, on the page the overview links to
        mvc.perform(get("/overview/reporting-status").param("cycle", "2027")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Reporting status of the States, cycle 2027 · A4P Tracker</title>"),
                        containsString("<h1>Reporting status of the States, cycle 2027</h1>"),
                        containsString("<a href=\"/overview?cycle=2027\">Progress overview</a>"),
                        org.hamcrest.Matchers.matchesPattern("(?s).*<a href=\"/stakeholders/" + code
                                + "\">[^<]+</a>( <span class=\"badge sample\">Sample</span>)?</th><td><span>Reported</span></td><td class=\"num\">1</td></tr>.*"),
                        containsString("/api/v1/overview/reporting-status.csv?cycle=2027"))));
        assertThat(java.util.regex.Pattern.compile("<tr><th scope=\"row\"><a href=\"/stakeholders/")
                .matcher(mvc.perform(get("/overview/reporting-status").param("cycle", "2027")).andReturn().getResponse().getContentAsString())
                .results().count()).isEqualTo(195);
        mvc.perform(get("/api/v1/overview/reporting-status").param("cycle", "2027"))
                .andExpect(jsonPath("$.cycle").value(2027))
                .andExpect(jsonPath("$.counts.REPORTED").value(reportedByHand + 1))
                .andExpect(jsonPath("$.shapes").doesNotExist())
                .andExpect(jsonPath("$.rows[?(@.code == '" + code + "')].state").value("REPORTED"));
        mvc.perform(get("/api/v1/overview/reporting-status.csv").param("cycle", "2027"))
                .andExpect(content().string(allOf(containsString("stakeholder,name,stakeholder_type,cycle,status,published_actions,sample,overdue_cycle"),
                        containsString(code + "," ))));
        // another kind: the table lists its members, and there is no map
        mvc.perform(get("/api/v1/overview/reporting-status").param("cycle", "2027").param("type", "ORGANISATION"))
                .andExpect(jsonPath("$.rows.length()").value(4));
        mvc.perform(get("/overview").param("cycle", "2027").param("type", "ORGANISATION"))
                .andExpect(content().string(allOf(containsString("The map shows States only"),
                        org.hamcrest.Matchers.not(containsString("id=\"reporting-map\"")))));
        mvc.perform(get("/overview/reporting-status").param("cycle", "2027").param("type", "ORGANISATION"))
                .andExpect(content().string(allOf(containsString("<h1>Reporting status, cycle 2027: Organisation</h1>"),
                        containsString("<a href=\"/overview?cycle=2027&amp;type=ORGANISATION\">Progress overview</a>"))));
        mvc.perform(get("/api/v1/overview/reporting-status").param("cycle", "1999")).andExpect(status().isBadRequest());
        mvc.perform(get("/overview/reporting-status").param("cycle", "1999")).andExpect(status().isBadRequest());
    }

    @Test
    void anAreaPageHasACommitmentsByEvidenceGridWithTheSameFigures() throws Exception {
        int before = jdbc.sql("""
                select count(*) from action a
                join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
                where c.commitment_number = 44
                """).query(Integer.class).single();
        mvc.perform(get("/areas/8")).andExpect(status().isOk()); // the grid is computed and kept: the publication must evict it
        publish("EU", "Grid action", 2026, List.of(44));
        String html = mvc.perform(get("/areas/8")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"evidence-grid-table\""), containsString("id=\"indicators\""))))
                .andReturn().getResponse().getContentAsString();
        var cell = java.util.regex.Pattern.compile("id=\"grid-44\">.*?<td class=\"num\">(\\d+)</td>", java.util.regex.Pattern.DOTALL)
                .matcher(html);
        assertThat(cell.find()).isTrue();
        assertThat(Integer.parseInt(cell.group(1))).isEqualTo(before + 1);
        // each row names its commitment and opens its full text (the Declaration's English, marked so), not a bare number
        String text = jdbc.sql("select official_text from commitment where number = 44").query(String.class).single();
        String row = html.substring(html.indexOf("id=\"grid-44\""), html.indexOf("</tr>", html.indexOf("id=\"grid-44\"")));
        assertThat(row).contains("<summary>Text of commitment 44</summary>", "lang=\"en\"",
                org.springframework.web.util.HtmlUtils.htmlEscape(text));
        assertThat(java.util.regex.Pattern.compile("id=\"grid-\\d+\"").matcher(html).results().count()).isEqualTo((long) jdbc.sql(
                "select count(*) from commitment k join area ar on ar.id = k.area_id where ar.number = 8").query(Integer.class).single());
        String csv = mvc.perform(get("/api/v1/areas/8/evidence.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("area,commitment,actor,published_actions,survey_round,perception_status,respondents,mean_score,"
                + "perception_suppressed,indicators,attainment");
        assertThat(csv.lines().filter(l -> l.startsWith("8,44,")).findFirst().orElseThrow().split(",")[3])
                .isEqualTo(String.valueOf(before + 1));
        assertThat(csv.lines().count()).isEqualTo(6); // header and the area's 5 commitments
        assertThat(html).contains("href=\"/api/v1/areas/8/evidence.xlsx\"");
        mvc.perform(get("/api/v1/areas/9/evidence.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/commitments/44")).andExpect(content().string(containsString("id=\"actions-by-type\"")))
                .andExpect(content().string(containsString("Published actions by kind of reporting stakeholder")));
    }

    @Test
    void aProfileShowsTheStatusOfEveryCycleAndTheCommitmentsThatFallOnTheStakeholder() throws Exception {
        publish("GHA", "Profile cycle action", 2025, List.of(2));
        int ghana2025 = jdbc.sql("""
                select count(*) from action a join stakeholder s on s.id = a.stakeholder_id
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                where s.code = 'GHA' and v.reporting_cycle = 2025
                """).query(Integer.class).single();
        String html = mvc.perform(get("/stakeholders/GHA")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"status-per-cycle\""), containsString("id=\"commitments-falling\""))))
                .andReturn().getResponse().getContentAsString();
        var row = java.util.regex.Pattern.compile("<th scope=\"row\">2025</th>\\s*<td class=\"state-REPORTED\">.*?<td class=\"num\">(\\d+)</td>",
                java.util.regex.Pattern.DOTALL).matcher(html);
        assertThat(row.find()).isTrue();
        assertThat(Integer.parseInt(row.group(1))).isEqualTo(ghana2025);
        int cycles = jdbc.sql("select count(*) from reporting_cycle").query(Integer.class).single();
        String table = html.substring(html.indexOf("id=\"status-per-cycle\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table.split("<th scope=\"row\">", -1).length - 1).isEqualTo(cycles);
        // a Member State: the collective and the Member States' commitments fall on it, not the Secretary-General's
        String falling = html.substring(html.indexOf("id=\"commitments-falling\""));
        falling = falling.substring(0, falling.indexOf("</details>"));
        // Ghana hosts no mission: the collective commitments and the Member States' fall on it
        int expected = jdbc.sql("select count(*) from commitment where actor in ('COLLECTIVE', 'MEMBER_STATES')").query(Integer.class).single();
        assertThat(falling.split("<tr>", -1).length - 2).isEqualTo(expected); // occurrences minus the header row
        assertThat(falling).doesNotContain("Not expected");
        String cyclesCsv = mvc.perform(get("/api/v1/reporting-status/GHA/cycles.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(cyclesCsv.lines().skip(1).count()).isEqualTo(cycles);
        assertThat(cyclesCsv).contains("GHA,2025,REPORTED," + ghana2025 + ",");
        assertThat(html).contains("href=\"/api/v1/reporting-status/GHA/cycles.xlsx\"");
        mvc.perform(get("/api/v1/reporting-status/NOWHERE/cycles.csv")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void indicatorsOffTrackComeWithTheirRule() {
        assertThat(progress.overview().offTrack()).anySatisfy(o -> {
            assertThat(o.code()).isEqualTo("WOMEN_SHARE");
            assertThat(InEnglish.text(o.rule())).contains("below");
        });
    }
}
