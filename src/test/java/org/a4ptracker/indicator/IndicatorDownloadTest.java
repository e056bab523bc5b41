package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.shared.PublicData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue and the values as CSV and XLSX. The planted values (Iceland reporting Compact signatories:
 * one approved period, one submitted, one still open) are rolled back after each test.
 */
@H2Test
@Transactional
class IndicatorDownloadTest {

    static final String FORMULA = "=1+2";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    YearFigureRepository yearFigures;
    @Autowired
    PublicData publicData;

    @BeforeEach
    void plantValues() {
        value("2011", "12.5", FORMULA, "APPROVED");
        value("2012", "13", "submitted only", "SUBMITTED");
        value("2013", "14", "still open", null);
        long iceland = jdbc.sql("select id from stakeholder where code = 'ISL'").query(Long.class).single();
        for (int year = 2011; year <= 2013; year++) {
            yearFigures.rewrite(iceland, year); // the kept yearly figures, as an approval writes them
        }
    }

    /** The planted rows are rolled back: what this node kept from them goes with them. */
    @AfterEach
    void forgetFiguresKeptFromThem() {
        publicData.evictHere(PublicData.Kind.INDICATORS);
    }

    private void value(String period, String amount, String note, String state) {
        jdbc.sql("""
                insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount,
                                             note, updated_at)
                select i.id, s.id, :period, cast(:start as date), cast(:end as date), '_T', cast(:amount as numeric(20, 6)), :note,
                       current_timestamp
                from indicator i, stakeholder s where i.code = 'COMPACT_SIGNATORIES' and s.code = 'ISL'
                """).param("period", period).param("start", period + "-01-01").param("end", period + "-12-31")
                .param("amount", amount).param("note", note).update();
        if (state != null) {
            jdbc.sql("""
                    insert into indicator_period (reporter_id, period, state, updated_at)
                    select id, :period, :state, current_timestamp from stakeholder where code = 'ISL'
                    """).param("period", period).param("state", state).update();
        }
    }

    @Test
    void theValuesAsCsvAndXlsxShowApprovedValuesOnlyWithTheFilterAndTextNeutralised() throws Exception {
        var downloads = new Downloads(mvc);
        var filter = Map.of("indicator", "COMPACT_SIGNATORIES", "reporter", "ISL");
        var csv = downloads.csv("/api/v1/indicator-values.csv", filter, "a4p-indicator-values.csv");
        assertThat(csv).singleElement().satisfies(r -> assertThat(r.toMap()).containsEntry("period", "2011")
                .containsEntry("value", "12.5").containsEntry("note", "'" + FORMULA).containsEntry("status", "approved")
                .containsEntry("sample", ""));

        var xlsx = downloads.xlsx("/api/v1/indicator-values.xlsx", filter, "a4p-indicator-values.xlsx");
        assertThat(xlsx.sheet()).isEqualTo("indicator-values");
        assertThat(xlsx.header()).containsExactly("Indicator", "Reporter", "Period", "Breakdown", "Value", "Not applicable",
                "Note", "Source", "Status", "Sample data");
        assertThat(xlsx.rows()).singleElement().satisfies(r -> assertThat(r).containsExactly("COMPACT_SIGNATORIES", "ISL", "2011",
                "_T", 12.5, "", "'" + FORMULA, null, "Approved", ""));

        var unsec = downloads.xlsx("/api/v1/indicator-values.xlsx", Map.of("indicator", "COMPACT_SIGNATORIES", "from", "2012"),
                "a4p-indicator-values.xlsx");
        assertThat(unsec.column("Reporter")).isNotEmpty().containsOnly("UNSEC"); // Iceland's 2012 and 2013 are not approved
        assertThat(unsec.column("Period")).contains("2017", "2019").doesNotContain("2011", "2012", "2013");
    }

    @Test
    void theSeriesTableOfTheChartIsADownloadWhereAYearWithoutDataIsNotReportedNotZero() throws Exception {
        var downloads = new Downloads(mvc);
        var filter = Map.of("reporter", "ISL");
        var csv = downloads.csv("/api/v1/indicators/COMPACT_SIGNATORIES/series.csv", filter, "a4p-series-COMPACT_SIGNATORIES.csv");
        assertThat(csv).filteredOn(r -> r.get("year").equals("2011")).singleElement().satisfies(r -> assertThat(r.toMap())
                .containsEntry("status", "REPORTED").containsEntry("value", "12.5").containsEntry("reporter", "ISL")
                .containsEntry("provisional_included", "false"));
        // 2012 was only submitted and 2013 is still open: not public, so not reported, and empty rather than 0
        assertThat(csv).filteredOn(r -> r.get("year").equals("2012") || r.get("year").equals("2013")).hasSize(2)
                .allSatisfy(r -> assertThat(r.toMap()).containsEntry("status", "NOT_REPORTED").containsEntry("value", ""));
        var xlsx = downloads.xlsx("/api/v1/indicators/COMPACT_SIGNATORIES/series.xlsx", filter, "a4p-series-COMPACT_SIGNATORIES.xlsx");
        assertThat(xlsx.sheet()).isEqualTo("series");
        int y2011 = xlsx.column("Year").indexOf(2011.0);
        assertThat(xlsx.column("Value").get(y2011)).isEqualTo(12.5);
        assertThat(xlsx.column("Status")).contains("Not reported");
        mvc.perform(get("/indicators/COMPACT_SIGNATORIES")).andExpect(content().string(allOf(
                containsString("href=\"/api/v1/indicators/COMPACT_SIGNATORIES/series.csv?disaggregation=_T"),
                containsString("href=\"/api/v1/indicators/COMPACT_SIGNATORIES/series.xlsx?disaggregation=_T"))));
        mvc.perform(get("/api/v1/indicators/NOPE/series.csv")).andExpect(status().isNotFound());
    }

    @Test
    void aReviewerAlsoGetsProvisionalValuesMarkedAsSuch() throws Exception {
        byte[] body = mvc.perform(get("/api/v1/indicator-values.xlsx").param("indicator", "COMPACT_SIGNATORIES").param("reporter", "ISL")
                        .with(user(users.loadUserByUsername("reviewer@example.org"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        var xlsx = Downloads.read(body);
        assertThat(xlsx.column("Period")).containsExactly("2011", "2012", "2013");
        assertThat(xlsx.column("Status")).containsExactly("Approved", "Provisional", "Provisional");
    }

    @Test
    void theCatalogueAndTheLinksOnThePages() throws Exception {
        var downloads = new Downloads(mvc);
        var catalogue = downloads.xlsx("/api/v1/indicators.xlsx", Map.of(), "a4p-indicators.xlsx");
        assertThat(catalogue.rows()).hasSize(13);
        int share = catalogue.column("Code").indexOf("WOMEN_SHARE");
        assertThat(catalogue.column("Combined by").get(share)).isEqualTo("Ratio of sums");
        assertThat(catalogue.column("Numerator").get(share)).isEqualTo("WOMEN_UNIFORMED");
        var csv = downloads.csv("/api/v1/indicators.csv", Map.of(), "a4p-indicators.csv");
        assertThat(csv).extracting(r -> r.get("code")).containsExactlyElementsOf(catalogue.column("Code").stream().map(String::valueOf).toList());

        mvc.perform(get("/api/v1/indicator-values.xlsx").param("period", "2026-13")).andExpect(status().isBadRequest());
        mvc.perform(get("/indicators")).andExpect(content().string(allOf(containsString("href=\"/api/v1/indicators.csv\""),
                containsString("href=\"/api/v1/indicators.xlsx\""))));
        mvc.perform(get("/indicators/WOMEN_SHARE").param("disaggregation", "MIL_CONTINGENT")).andExpect(content().string(
                containsString("href=\"/api/v1/indicator-values.xlsx?indicator=WOMEN_SHARE&amp;disaggregation=MIL_CONTINGENT&amp;reporter=\"")));
        mvc.perform(get("/open-data")).andExpect(content().string(containsString("href=\"/api/v1/indicator-values.xlsx\"")));
    }
}
