package org.a4ptracker.endorsement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.Map;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Runs in a transaction rolled back after each test: the formula planted in a note stays out of other tests. */
@H2Test
@Transactional
class EndorsementDownloadTest {

    static final String FORMULA = "=WEBSERVICE(\"http://evil.example\")";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void everyEndorsementWithSampleMarkedAndNotesNeutralised() throws Exception {
        String code = jdbc.sql("select s.code from endorsement e join stakeholder s on s.id = e.stakeholder_id order by e.id limit 1")
                .query(String.class).single();
        jdbc.sql("update endorsement set note = :n where stakeholder_id = (select id from stakeholder where code = :c)")
                .param("n", FORMULA).param("c", code).update();
        var downloads = new Downloads(mvc);
        var rows = downloads.csv("/api/v1/endorsements.csv", Map.of(), "a4p-endorsements.csv");
        assertThat(rows).hasSize(count("select count(*) from endorsement")).hasSizeGreaterThan(50); // not one page of 50
        var planted = rows.stream().filter(r -> r.get("stakeholder_code").equals(code)).findFirst().orElseThrow();
        assertThat(planted.get("stakeholder")).isNotBlank();
        assertThat(planted.get("note")).isEqualTo("'" + FORMULA);
        assertThat(planted.get("endorsed_on")).matches("\\d{4}-\\d\\d-\\d\\d");
        assertThat(rows.stream().filter(r -> r.get("sample").equals("true")))
                .hasSize(count("select count(*) from endorsement where sample"));

        var xlsx = downloads.xlsx("/api/v1/endorsements.xlsx", Map.of(), "a4p-endorsements.xlsx");
        assertThat(xlsx.rows()).hasSize(rows.size());
        assertThat(xlsx.column("Note").get(xlsx.column("Stakeholder code").indexOf(code))).isEqualTo("'" + FORMULA);
        assertThat(xlsx.column("Sample data")).hasSize(rows.size()).allMatch(Boolean.class::isInstance)
                .filteredOn(Boolean.TRUE::equals).hasSize(count("select count(*) from endorsement where sample"));
    }

    @Test
    void thePublishedCountsWithNumbersAsNumbersAndAMissingSplitEmpty() throws Exception {
        var downloads = new Downloads(mvc);
        var csv = downloads.csvText("/api/v1/endorsements/counts.csv", Map.of(), "a4p-endorsement-counts.csv");
        assertThat(csv).startsWith("as_of,member_states,organisations,total,source,note\r\n2018-09-25,146,4,150,")
                .contains("2019-09-01,,,152,");
        var xlsx = downloads.xlsx("/api/v1/endorsements/counts.xlsx", Map.of(), "a4p-endorsement-counts.xlsx");
        assertThat(xlsx.rows()).hasSize(count("select count(*) from endorsement_count"));
        assertThat(xlsx.rows().get(0)).startsWith("2018-09-25", 146.0, 4.0, 150.0);
        assertThat(xlsx.rows().get(1).subList(0, 4)).containsExactly("2019-09-01", null, null, 152.0);
        mvc.perform(get("/endorsements")).andExpect(content().string(allOf(
                containsString("href=\"/api/v1/endorsements/counts.xlsx\""), containsString("href=\"/api/v1/endorsements.csv\""))));
    }
}
