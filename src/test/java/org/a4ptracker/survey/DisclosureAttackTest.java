package org.a4ptracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subtraction attack on every published round, as a reader would make it with the published
 * outputs alone: the sample rounds (4 organisations beside large groups), and a round built to have
 * one group of 4 beside one other group. The API's figures are attacked; every other output (CSV,
 * XLSX, the area table, the open-data package, the evidence grid, the overview behind the PDF report,
 * the page) must publish exactly the same figures, no more.
 */
@H2Test
class DisclosureAttackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveyService surveys;
    @Autowired
    ResponseService responses;

    @Test
    void everyPublishedSampleRoundAndEveryOutputGiveNothingUnderFive() throws Exception {
        var rounds = jdbc.sql("select id from survey_round where state = 'PUBLISHED' and sample").query(Long.class).list();
        assertThat(rounds).hasSizeGreaterThanOrEqualTo(2);
        for (long round : rounds) {
            var json = results(round);
            assertThat(SubtractionAttack.findings(SubtractionAttack.fromJson(json))).as("round %d", round).isEmpty();
            // the weakness this closes: organisations withheld, and a second group withheld with them in every commitment
            for (JsonNode c : json.get("commitments")) {
                var withheld = new ArrayList<String>();
                c.get("byGroup").properties().forEach(e -> {
                    if (e.getValue().get("suppressed").asBoolean()) {
                        withheld.add(e.getKey() + ":" + e.getValue().get("suppression").asString());
                    }
                });
                assertThat(withheld).as("commitment %s", c.get("commitment")).contains("ORGANISATIONS:FEWER_THAN_5")
                        .anyMatch(w -> w.endsWith(":COMPLEMENTARY"));
            }
            assertOutputsAgree(round, json);
            assertProfilesKeepTheCountsWithheld(round, json);
        }
    }

    /**
     * The profiles of a group's members say whether each was invited and answered: for a group whose counts the
     * results withhold, no profile lists the round (counting the profiles would give the counts back); a group
     * whose counts are shown keeps its members' participation.
     */
    private void assertProfilesKeepTheCountsWithheld(long round, JsonNode json) throws Exception {
        var invited = jdbc.sql("""
                select s.code, i.respondent_group from survey_invitation i join stakeholder s on s.id = i.stakeholder_id
                where i.round_id = ? and s.code in ('EU', 'AU', 'OIF', 'NATO', 'GHA', 'KEN', 'FRA')
                """).params(round).query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2))).list();
        assertThat(invited).isNotEmpty();
        for (var e : invited) {
            String page = mvc.perform(get("/stakeholders/" + e.getKey())).andReturn().getResponse().getContentAsString();
            int start = page.indexOf("id=\"survey-participation\"");
            String section = start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
            boolean withheld = json.get("rateByGroup").get(e.getValue()).get("suppressed").asBoolean();
            assertThat(section.contains("/surveys/" + round + "/results")).as("%s in round %d (%s withheld: %s)", e.getKey(), round,
                    e.getValue(), withheld).isEqualTo(!withheld);
        }
    }

    @Test
    void aRoundWithOneGroupOfFourGivesNothingUnderFive() throws Exception {
        var reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Group of four", null, LocalDate.now(), LocalDate.now().plusDays(5),
                List.of(RespondentGroup.MEMBER_STATES, RespondentGroup.ORGANISATIONS), null));
        var links = surveys.open(reviewer, id, 0);
        var round = surveys.round(id);
        var byCode = new HashMap<String, String>();
        links.forEach((s, link) -> byCode.put(s.code(), link));
        // 7 Member States answer commitments 1-3, two of them commitment 4 too; the 4 organisations answer 1-3
        var states = List.of("GHA", "KEN", "FRA", "BRA", "IND", "NGA", "PER");
        for (int i = 0; i < states.size(); i++) {
            answer(round, byCode.get(states.get(i)), i < 2 ? 4 : 3, Perception.values()[i % 5]);
        }
        for (String org : List.of("EU", "AU", "OIF", "NATO")) {
            answer(round, byCode.get(org), 3, Perception.FULL);
        }
        surveys.close(reviewer, id, surveys.round(id).lockVersion());
        // dated before the sample rounds, so that the pages' "latest round" stays the same for the other tests
        jdbc.sql("update survey_round set opens_on = date '2023-01-02', closes_on = date '2023-01-31' where id = ?").params(id).update();
        surveys.publish(reviewer, id, surveys.round(id).lockVersion());

        var json = results(id);
        assertThat(SubtractionAttack.findings(SubtractionAttack.fromJson(json))).isEmpty();
        var c1 = json.get("commitments").get(0);
        assertThat(c1.get("overall").get("respondents").asInt()).isEqualTo(11);
        assertThat(c1.get("byGroup").get("ORGANISATIONS").get("suppression").asString()).isEqualTo("FEWER_THAN_5");
        assertThat(c1.get("byGroup").get("MEMBER_STATES").get("suppression").asString()).isEqualTo("COMPLEMENTARY");
        assertThat(c1.get("byGroup").get("MEMBER_STATES").get("respondents").isNull()).isTrue();
        // area 1: commitment 4 has 2 answers, commitments 5-9 none: the area is withheld, not "area minus 1-3"
        assertThat(json.get("areas").get(0).get("overall").get("suppression").asString()).isEqualTo("COMPLEMENTARY");
        // response counts: 4 organisations invited and answered
        assertThat(json.get("rateByGroup").get("ORGANISATIONS").get("invited").isNull()).isTrue();
        assertThat(json.get("rateByGroup").get("MEMBER_STATES").get("suppression").asString()).isEqualTo("COMPLEMENTARY");
        assertThat(json.get("rate").get("answered").asInt()).isEqualTo(11);
        assertOutputsAgree(id, json);
        assertProfilesKeepTheCountsWithheld(id, json);
    }

    private void answer(Round round, String link, int upTo, Perception level) {
        var form = new HashMap<String, String[]>();
        round.questions().stream().filter(q -> q.kind() == QuestionKind.PERCEPTION && q.commitment() <= upTo)
                .forEach(q -> form.put("q" + q.id(), new String[]{level.name()}));
        assertThat(responses.saveByLink(link, form, null).problems()).isEmpty();
        assertThat(responses.submitByLink(link).submitted()).isTrue();
    }

    private JsonNode results(long round) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/surveys/" + round + "/results").param("compare", String.valueOf(round)))
                .andReturn().getResponse().getContentAsString());
    }

    /** Every download of the round's figures publishes what the API publishes: the same counts, withheld in the same places. */
    private void assertOutputsAgree(long round, JsonNode json) throws Exception {
        var expected = new HashMap<String, String>(); // "commitment|group" -> respondents ("" when withheld) + "|" + reason
        for (JsonNode c : json.get("commitments")) {
            expected.put(c.get("commitment").asInt() + "|ALL", cell(c.get("overall")));
            c.get("byGroup").properties().forEach(e -> expected.put(c.get("commitment").asInt() + "|" + e.getKey(), cell(e.getValue())));
        }
        var downloads = new Downloads(mvc);
        var csv = downloads.csv("/api/v1/surveys/" + round + "/results.csv", Map.of(), "a4p-survey-" + round + "-results.csv");
        assertThat(rows(csv)).isEqualTo(expected);
        var xlsx = downloads.xlsx("/api/v1/surveys/" + round + "/results.xlsx", Map.of(), "a4p-survey-" + round + "-results.xlsx");
        var fromXlsx = new HashMap<String, String>();
        xlsx.rows().forEach(r -> fromXlsx.put(((Double) r.get(0)).intValue() + "|" + r.get(1),
                (r.get(2) == null ? "" : String.valueOf(((Double) r.get(2)).intValue())) + "|" + (r.get(8) == null ? "" : r.get(8))));
        assertThat(fromXlsx).isEqualTo(expected);
        var openData = new HashMap<String, String>();
        for (CSVRecord r : openDataSurveyResults()) {
            if (r.get("round_id").equals(String.valueOf(round))) {
                openData.put(r.get("commitment") + "|" + r.get("group"), r.get("respondents") + "|" + r.get("suppressed"));
            }
        }
        assertThat(openData).isEqualTo(expected);
        var areas = downloads.csv("/api/v1/surveys/" + round + "/results-by-area.csv", Map.of("compare", String.valueOf(round)),
                "a4p-survey-" + round + "-results-by-area.csv");
        for (int i = 0; i < 8; i++) {
            assertThat(areas.get(i).get("respondents") + "|" + areas.get(i).get("suppressed")).isEqualTo(cell(json.get("areas").get(i).get("overall")));
        }
        // the overview (and the PDF report drawn from it) shows an area's mean for this round only where the API shows the area
        var overview = JSON.readTree(mvc.perform(get("/api/v1/overview")).andReturn().getResponse().getContentAsString());
        String title = json.get("round").get("title").asString();
        for (JsonNode a : json.get("areas")) {
            JsonNode perRound = overview.get("perceptionPerArea").get(a.get("area").asString());
            boolean inOverview = perRound != null && perRound.has(title);
            assertThat(inOverview).as("area %s in the overview", a.get("area")).isEqualTo(!a.get("overall").get("suppressed").asBoolean()
                    && !a.get("overall").get("meanScore").isNull());
        }
        // the page's commitment table: the same counts, or the reason
        String page = mvc.perform(get("/surveys/" + round + "/results/commitments")).andReturn().getResponse().getContentAsString();
        for (JsonNode c : json.get("commitments")) {
            var s = c.get("overall");
            assertThat(page).contains(s.get("suppressed").asBoolean() ? "fewer than 5" : ">" + s.get("respondents").asInt() + "</td>");
        }
    }

    private static String cell(JsonNode summary) {
        return (summary.get("respondents").isNull() ? "" : String.valueOf(summary.get("respondents").asInt())) + "|"
                + (summary.get("suppression").isNull() ? "" : summary.get("suppression").asString());
    }

    private static Map<String, String> rows(List<CSVRecord> csv) {
        var rows = new HashMap<String, String>();
        csv.forEach(r -> rows.put(r.get("commitment") + "|" + r.get("group"), r.get("respondents") + "|" + r.get("suppressed")));
        return rows;
    }

    private List<CSVRecord> openDataSurveyResults() throws Exception {
        byte[] zip = mvc.perform(get("/api/v1/open-data.zip")).andReturn().getResponse().getContentAsByteArray();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith("survey_results.csv")) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
                        return parser.getRecords();
                    }
                }
            }
        }
        throw new AssertionError("no survey_results.csv in the open-data package");
    }
}
