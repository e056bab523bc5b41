package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * XLSX downloads are for people: headed and labelled in the reader's language (chosen with {@code lang} or negotiated
 * with Accept-Language), numbers still numbers. The CSV of the same table is for machines and does not change with
 * the language: column names and codes.
 */
@H2Test
class DownloadLanguagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    private static final Locale FRENCH = Locale.FRENCH;
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private List<String> tables() {
        long round = jdbc.sql("select id from survey_round where title = 'Sample perception survey 2025'").query(Long.class).single();
        return List.of("/api/v1/commitments", "/api/v1/stakeholders", "/api/v1/missions", "/api/v1/endorsements",
                "/api/v1/endorsements/counts", "/api/v1/actions?stakeholder=GHA", "/api/v1/missions/MINUSCA/reporters",
                "/api/v1/reporting-status/GHA/cycles", "/api/v1/indicators/COMPACT_SIGNATORIES/series", "/api/v1/indicators",
                "/api/v1/indicator-values?indicator=COMPACT_SIGNATORIES", "/api/v1/overview/reporting-rates",
                "/api/v1/overview/reporting-status", "/api/v1/overview/actions-per-area", "/api/v1/overview/perception-per-area",
                "/api/v1/areas/1/evidence", "/api/v1/surveys/" + round + "/results", "/api/v1/surveys/" + round + "/results-by-area");
    }

    private static String path(String table, String extension) {
        int query = table.indexOf('?');
        return query < 0 ? table + "." + extension : table.substring(0, query) + "." + extension + table.substring(query);
    }

    private List<String> csvHeader(String table, String language) throws Exception {
        String csv = mvc.perform(get(path(table, "csv")).param("lang", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        try (var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getHeaderNames();
        }
    }

    private Downloads.Xlsx xlsx(String table, String language, boolean negotiated) throws Exception {
        var request = get(path(table, "xlsx"));
        request = negotiated ? request.header("Accept-Language", language) : request.param("lang", language);
        return Downloads.read(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void everyXlsxIsHeadedInTheReadersLanguageAndEveryCsvKeepsItsColumnNames() throws Exception {
        for (String table : tables()) {
            List<String> columns = csvHeader(table, "en");
            assertThat(csvHeader(table, "ar")).as(table).isEqualTo(columns);
            assertThat(columns).as(table).allMatch(c -> c.matches("[a-z][a-z0-9_]*"));
            for (var language : List.of(FRENCH, ARABIC, Locale.ENGLISH)) {
                var expected = columns.stream().map(c -> messages.getMessage("column." + c, null, language)).toList();
                assertThat(xlsx(table, language.getLanguage(), false).header()).as("%s in %s", table, language).isEqualTo(expected);
            }
            assertThat(xlsx(table, "ar", true).header()).as("%s negotiated", table)
                    .isEqualTo(columns.stream().map(c -> messages.getMessage("column." + c, null, ARABIC)).toList());
        }
    }

    @Test
    void theOverviewsReportingStatusLabelsStatusesKindsAndNamesForPeopleAndCodesForMachines() throws Exception {
        var csv = new Downloads(mvc).csv("/api/v1/overview/reporting-status.csv", Map.of("lang", "fr"), "a4p-overview-reporting-status.csv");
        var french = xlsx("/api/v1/overview/reporting-status", "fr", false);
        var arabic = xlsx("/api/v1/overview/reporting-status", "ar", true);
        assertThat(french.header()).startsWith("Partie prenante", "Nom", "Type de partie prenante", "Cycle de rapport", "Statut",
                "Actions publiées");
        assertThat(arabic.header()).startsWith("الجهة المعنية", "الاسم", "نوع الجهة المعنية", "دورة الإبلاغ", "الحالة");
        assertThat(french.rows()).hasSize(csv.size());
        for (int i = 0; i < csv.size(); i++) {
            var machine = csv.get(i);
            var fr = french.rows().get(i);
            var ar = arabic.rows().get(i);
            assertThat(machine.get("status")).isIn("REPORTED", "DUE", "OVERDUE");
            assertThat(fr.get(0)).isEqualTo(machine.get("stakeholder")).isEqualTo(ar.get(0));
            assertThat(fr.get(4)).isEqualTo(messages.getMessage("status." + machine.get("status"), null, FRENCH));
            assertThat(ar.get(4)).isEqualTo(messages.getMessage("status." + machine.get("status"), null, ARABIC));
            assertThat(fr.get(2)).isEqualTo(messages.getMessage("stakeholder.type." + machine.get("stakeholder_type"), null, FRENCH));
            assertThat(fr.get(5)).isEqualTo(Double.valueOf(machine.get("published_actions"))); // a number, not "3" or "٣"
            assertThat(ar.get(5)).isEqualTo(fr.get(5));
        }
        int ghana = french.column("Partie prenante").indexOf("GHA");
        int egypt = french.column("Partie prenante").indexOf("EGY");
        assertThat(csv.get(ghana).get("name")).isEqualTo("Ghana");
        assertThat(csv.get(egypt).get("name")).isEqualTo("Egypt"); // the CSV keeps the English name
        assertThat(french.column("Nom").get(egypt)).isEqualTo("Égypte");
        assertThat(arabic.column("الاسم").get(egypt)).isEqualTo("مصر");
        assertThat(french.column("Statut")).contains("Rapport fait");
        assertThat(arabic.column("الحالة")).contains("مُبلَّغ عنه");
    }

    @Test
    void labelsOfKindsActorsAndIndicatorsFollowTheLanguageInXlsxOnly() throws Exception {
        var commitments = xlsx("/api/v1/commitments", "fr", false);
        assertThat(commitments.column("Incombe à").get(0)).isEqualTo(messages.getMessage("actor.COLLECTIVE", null, FRENCH));
        var catalogue = xlsx("/api/v1/indicators", "ar", false);
        int share = catalogue.column("الرمز").indexOf("WOMEN_SHARE");
        assertThat(catalogue.column("طريقة التجميع").get(share)).isEqualTo(messages.getMessage("indicator.aggregation.RATIO", null, ARABIC));
        var csv = new Downloads(mvc).csv("/api/v1/indicators.csv", Map.of("lang", "ar"), "a4p-indicators.csv");
        assertThat(csv.get(share).get("aggregation")).isEqualTo("RATIO");
        var endorsements = xlsx("/api/v1/endorsements", "fr", false);
        assertThat(endorsements.column("Type de partie prenante")).contains("État Membre", "Organisation").doesNotContain("MEMBER_STATE");
    }
}
