package org.a4ptracker.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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

@H2Test
class SdmxCsvTest {

    private static final String HEADER = "DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,DISAGGREGATION,OBS_VALUE,OBS_STATUS,UNIT_MEASURE,COMMENT";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorDataService indicatorData;

    @Test
    void aKnownPublicFigureIsAnSdmxObservation() throws Exception {
        var rows = sdmx("indicator", "SEA_ALLEGATIONS", "reporter", "UNSEC");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("DATAFLOW")).isEqualTo("A4P:INDICATORS(1.0)");
            assertThat(r.get("OBS_STATUS")).isEqualTo("A");
            assertThat(r.get("UNIT_MEASURE")).isEqualTo("COUNT");
        });
        assertThat(rows).anySatisfy(r -> assertThat(List.of(r.get("REF_AREA"), r.get("INDICATOR"), r.get("TIME_PERIOD"),
                r.get("DISAGGREGATION"), r.get("OBS_VALUE"))).containsExactly("UNSEC", "SEA_ALLEGATIONS", "2016", "_T", "104"));
    }

    @Test
    void aClientThatAsksForSdmxCsvGetsItsMediaTypeOnEitherAddress() throws Exception {
        String sdmx = "application/vnd.sdmx.data+csv; version=1.0.0";
        for (String address : List.of("/api/v1/indicator-values.sdmx.csv", "/api/v1/indicator-values")) {
            var response = mvc.perform(get(address).param("indicator", "SEA_ALLEGATIONS").header("Accept", sdmx))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).isEqualTo(sdmx);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith(HEADER);
        }
        // without asking: plain CSV on the .sdmx.csv address, JSON on the list
        mvc.perform(get("/api/v1/indicator-values.sdmx.csv")).andExpect(content().contentType("text/csv;charset=UTF-8"));
        mvc.perform(get("/api/v1/indicator-values")).andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void quartersUseTheSdmxFormAndBadPeriodsAreRefused() throws Exception {
        var rows = sdmx("indicator", "CASEVAC_TOTAL", "reporter", "MINUSCA", "period", "2025-q1");
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("TIME_PERIOD")).isEqualTo("2025-Q1");
            assertThat(r.get("COMMENT")).startsWith("Sample");
        });
        mvc.perform(get("/api/v1/indicator-values.sdmx.csv").param("from", "2026-13")).andExpect(status().isBadRequest());
    }

    @Test
    void provisionalValuesAreNotPublicAndNotApplicableIsMissing() throws Exception {
        String marker = "zz-provisional-" + UUID.randomUUID();
        var focal = new TestAccounts(jdbc).focalPointOf("MINURSO");
        indicatorData.save(focal, "MINURSO", "2017-10", List.of(new CellInput("RENEWABLE_KWH", "_T", null, true, marker)));
        assertThat(jdbc.sql("select count(*) from indicator_value where note = :n").param("n", marker).query(Integer.class).single())
                .isEqualTo(1);
        String body = mvc.perform(get("/api/v1/indicator-values.sdmx.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith(HEADER + "\r\n").doesNotContain(marker).doesNotContain(",P,");
        assertThat(parse(body)).filteredOn(r -> r.get("OBS_STATUS").equals("M"))
                .allSatisfy(r -> assertThat(r.get("OBS_VALUE")).isEmpty());
    }

    private List<CSVRecord> sdmx(String... params) throws Exception {
        var request = get("/api/v1/indicator-values.sdmx.csv");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String body = mvc.perform(request).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith(HEADER + "\r\n");
        return parse(body);
    }

    private static List<CSVRecord> parse(String body) throws java.io.IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
    }
}
