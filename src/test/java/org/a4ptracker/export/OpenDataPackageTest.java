package org.a4ptracker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionQueries;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.indicator.CellInput;
import org.a4ptracker.indicator.IndicatorDataService;
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

@H2Test
class OpenDataPackageTest {

    private static final String MARKER = "zz-unpublished-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActionService actions;
    @Autowired
    ActionQueries queries;
    @Autowired
    IndicatorDataService indicatorData;

    @Test
    void thePackageHasEveryPublishedTableAndNothingUnpublished() throws Exception {
        var accounts = new TestAccounts(jdbc);
        CurrentUser ghana = accounts.focalPointOf("GHA");
        CurrentUser reviewer = accounts.reviewer();
        String formula = "=HYPERLINK(\"https://example.org\") " + UUID.randomUUID();
        long published = actions.create(ghana, "GHA", action(formula));
        actions.submit(ghana, published, lock(reviewer, published));
        actions.publish(reviewer, published, lock(reviewer, published));
        actions.edit(ghana, published, lock(reviewer, published), action("Revision " + MARKER));   // draft revision
        long submitted = actions.create(ghana, "GHA", action("Submitted " + MARKER));
        actions.submit(ghana, submitted, lock(reviewer, submitted));
        long returned = actions.create(ghana, "GHA", action("Returned " + MARKER));
        actions.submit(ghana, returned, lock(reviewer, returned));
        actions.returnToFocalPoint(reviewer, returned, lock(reviewer, returned), "Needs more");
        actions.create(ghana, "GHA", action("Draft " + MARKER));
        indicatorData.save(accounts.focalPointOf("MINUJUSTH"), "MINUJUSTH", "2018-11",
                List.of(new CellInput("RENEWABLE_KWH", "_T", null, true, "Provisional " + MARKER)));

        assertThat(count("select count(*) from action_version where title like '%" + MARKER + "'")).isEqualTo(4);
        assertThat(count("select count(*) from indicator_value where note like '%" + MARKER + "'")).isEqualTo(1);

        var result = mvc.perform(get("/api/v1/open-data.zip")).andExpect(status().isOk())
                .andExpect(content().contentType("application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"a4p-tracker-open-data.zip\"")).andReturn();
        Map<String, String> entries = unzip(result.getResponse().getContentAsByteArray());

        assertThat(entries.keySet()).containsExactly("areas.csv", "commitments.csv", "stakeholders.csv", "missions.csv",
                "endorsement_counts.csv", "endorsements.csv", "actions.csv", "indicators.csv", "indicator_targets.csv",
                "indicator_values.csv", "survey_results.csv", "datapackage.json");
        entries.forEach((name, text) -> assertThat(text).as(name).doesNotContain(MARKER));

        assertThat(entries.get("commitments.csv")).startsWith("number,area,area_title,actor,paragraph,text\r\n");
        assertThat(rows(entries, "commitments.csv")).hasSize(45);
        assertThat(rows(entries, "areas.csv")).hasSize(8);
        var stakeholders = rows(entries, "stakeholders.csv");
        assertThat(stakeholders).hasSize(count("select count(*) from stakeholder"));
        assertThat(stakeholders.stream().filter(r -> r.get("type").equals("MEMBER_STATE"))).hasSize(193);
        assertThat(stakeholders).anySatisfy(r -> {
            assertThat(r.get("code")).isEqualTo("FRA");
            assertThat(r.get("iso2")).isEqualTo("FR");
            assertThat(r.get("name_fr")).isEqualTo("France");
        });
        assertThat(rows(entries, "missions.csv")).hasSize(count("select count(*) from mission"))
                .anySatisfy(r -> assertThat(r.get("code") + "|" + r.get("active")).isEqualTo("MINUSCA|true"));
        assertThat(rows(entries, "endorsements.csv")).hasSize(count("select count(*) from endorsement"));
        var counts = rows(entries, "endorsement_counts.csv");
        assertThat(counts).hasSize(count("select count(*) from endorsement_count"));
        int splitUnknown = count("select count(*) from endorsement_count where member_states is null");
        assertThat(counts.stream().filter(r -> r.get("member_states").isEmpty())).hasSize(splitUnknown);

        var actionRows = rows(entries, "actions.csv");
        assertThat(actionRows).hasSize(count("select count(*) from action where published_version is not null"))
                .hasSize((int) queries.published(org.a4ptracker.action.ActionFilter.none(),
                        new org.a4ptracker.shared.PageRequest(1, 1)).totalItems());
        var mine = actionRows.stream().filter(r -> r.get("id").equals(String.valueOf(published))).findFirst().orElseThrow();
        assertThat(mine.get("title")).isEqualTo("'" + formula);   // the published text, neutralised
        assertThat(mine.get("commitments")).isEqualTo("13;14");
        assertThat(mine.get("published_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

        assertThat(rows(entries, "indicators.csv")).hasSize(count("select count(*) from indicator"));
        assertThat(rows(entries, "indicator_targets.csv")).hasSize(count("select count(*) from indicator_target"));
        assertThat(rows(entries, "indicator_values.csv")).hasSize(count("""
                select count(*) from indicator_value v join indicator_period p
                  on p.reporter_id = v.reporter_id and p.period = v.period where p.state = 'APPROVED'"""))
                .anySatisfy(r -> assertThat(List.of(r.get("indicator"), r.get("reporter"), r.get("period"), r.get("value")))
                        .containsExactly("SEA_ALLEGATIONS", "UNSEC", "2016", "104"));
        assertThat(entries.get("survey_results.csv")).startsWith("round_id,round_title,commitment,group,respondents,dont_know,"
                + "share_significant_or_full,mean_score,ci_low,ci_high,suppressed,sample\r\n");
        assertThat(rows(entries, "survey_results.csv")).isNotEmpty()
                .allSatisfy(r -> assertThat(count("select count(*) from survey_round where state = 'PUBLISHED' and id = "
                        + Long.parseLong(r.get("round_id")))).isEqualTo(1));
        assertThat(rows(entries, "survey_results.csv").stream().filter(r -> !r.get("suppressed").isEmpty())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("respondents") + r.get("mean_score") + r.get("dont_know") + r.get("ci_low")).isEmpty());

        assertDescriptor(entries);
    }

    @Test
    void unchangedDataIsTheSameBytesAndThePackageIsDatedByItsLatestChange() throws Exception {
        byte[] first = mvc.perform(get("/api/v1/open-data.zip")).andReturn().getResponse().getContentAsByteArray();
        Thread.sleep(2_100); // past the 2-second resolution of a zip entry's time
        byte[] second = mvc.perform(get("/api/v1/open-data.zip")).andReturn().getResponse().getContentAsByteArray();
        assertThat(second).isEqualTo(first);

        var accounts = new TestAccounts(jdbc);
        CurrentUser reviewer = accounts.reviewer();
        CurrentUser ghana = accounts.focalPointOf("GHA");
        long id = actions.create(ghana, "GHA", action("Dated " + UUID.randomUUID()));
        actions.submit(ghana, id, lock(reviewer, id));
        actions.publish(reviewer, id, lock(reviewer, id));
        java.time.Instant changed = jdbc.sql("select max(changed_at) from public_data_version").query(java.sql.Timestamp.class)
                .single().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        byte[] after = mvc.perform(get("/api/v1/open-data.zip")).andReturn().getResponse().getContentAsByteArray();
        String created = JsonMapper.builder().build().readTree(unzip(after).get("datapackage.json")).get("created").asString();
        assertThat(java.time.Instant.parse(created)).isEqualTo(changed).isAfter(java.time.Instant.now().minusSeconds(60));
        var entryTime = java.time.LocalDateTime.ofInstant(changed, java.time.ZoneOffset.UTC);
        var dosTime = entryTime.withSecond(entryTime.getSecond() / 2 * 2); // a zip entry's time counts seconds in twos
        try (var in = new ZipInputStream(new ByteArrayInputStream(after))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(dosTime);
            }
        }
    }

    @Test
    void thePageLinksEveryDownloadInEnglishAndFrench() throws Exception {
        mvc.perform(get("/open-data")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("href=\"/api/v1/open-data.zip\""),
                        org.hamcrest.Matchers.containsString("href=\"/api/v1/indicator-values.csv\""),
                        org.hamcrest.Matchers.containsString("href=\"/api/v1/indicator-values.sdmx.csv\""),
                        org.hamcrest.Matchers.containsString("href=\"/api/openapi\""),
                        org.hamcrest.Matchers.containsString("survey_results.csv"),
                        org.hamcrest.Matchers.containsString("Open data"))));
        mvc.perform(get("/open-data").param("lang", "fr")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Données ouvertes")));
    }

    private void assertDescriptor(Map<String, String> entries) {
        JsonNode descriptor = JsonMapper.builder().build().readTree(entries.get("datapackage.json"));
        assertThat(descriptor.get("name").asString()).isEqualTo("a4p-tracker-open-data");
        assertThat(descriptor.get("title").asString()).isNotBlank();
        assertThat(descriptor.get("licenses").get(0).get("name").asString()).isNotBlank();
        assertThat(descriptor.get("created").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(descriptor.get("description").asString()).contains("sample=true");
        var resources = descriptor.get("resources");
        var csvFiles = entries.keySet().stream().filter(n -> n.endsWith(".csv")).toList();
        assertThat(resources.size()).isEqualTo(csvFiles.size());
        for (JsonNode resource : resources) {
            String path = resource.get("path").asString();
            assertThat(csvFiles).contains(path);
            assertThat(resource.get("format").asString()).isEqualTo("csv");
            assertThat(resource.get("mediatype").asString()).isEqualTo("text/csv");
            assertThat(resource.get("encoding").asString()).isEqualTo("utf-8");
            var names = new java.util.ArrayList<String>();
            for (JsonNode field : resource.get("schema").get("fields")) {
                names.add(field.get("name").asString());
                assertThat(field.get("type").asString()).isIn("string", "integer", "number", "date", "datetime", "boolean");
            }
            String header = entries.get(path).substring(0, entries.get(path).indexOf("\r\n"));
            assertThat(String.join(",", names)).as(path).isEqualTo(header);
            // keys that validators check: every table has its primary key among its columns
            var primaryKey = resource.get("schema").get("primaryKey").valueStream().map(JsonNode::asString).toList();
            assertThat(primaryKey).as(path).isNotEmpty();
            assertThat(names).as(path).containsAll(primaryKey);
        }
        // and the references between tables: actions name stakeholders, commitments their area, values their indicator
        var foreignKeys = new java.util.TreeSet<String>();
        for (JsonNode resource : resources) {
            var keys = resource.get("schema").get("foreignKeys");
            if (keys != null) {
                for (JsonNode key : keys) {
                    String referenced = key.get("reference").get("resource").asString();
                    foreignKeys.add(resource.get("name").asString() + "." + key.get("fields").get(0).asString() + " -> "
                            + (referenced.isEmpty() ? resource.get("name").asString() : referenced) + "."
                            + key.get("reference").get("fields").get(0).asString());
                }
            }
        }
        assertThat(foreignKeys).contains("actions.stakeholder -> stakeholders.code", "commitments.area -> areas.number",
                "indicator-values.indicator -> indicators.code", "indicator-values.reporter -> stakeholders.code",
                "survey-results.commitment -> commitments.number", "indicators.numerator -> indicators.code");
    }

    private int lock(CurrentUser reviewer, long id) {
        return queries.detail(reviewer, id).lockVersion();
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static ActionContent action(String title) {
        return new ActionContent(title, "What was done: " + title, ActionStatus.ONGOING, 2026, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30), List.of(13, 14), List.of(), List.of());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static List<CSVRecord> rows(Map<String, String> entries, String name) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(entries.get(name))).getRecords();
    }
}
