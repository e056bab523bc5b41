package org.a4ptracker.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class StakeholderDownloadTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theStakeholderListDownloadsWithThePagesFilters() throws Exception {
        var downloads = new Downloads(mvc);
        var council = downloads.csv("/api/v1/stakeholders.csv", Map.of("role", "security_council_member", "year", "2025"),
                "a4p-stakeholders.csv");
        assertThat(council).extracting(r -> r.get("code")).containsExactlyInAnyOrder("CHN", "FRA", "RUS", "GBR", "USA");
        var france = council.stream().filter(r -> r.get("code").equals("FRA")).findFirst().orElseThrow();
        assertThat(france.toMap()).containsEntry("name", "France").containsEntry("type", "MEMBER_STATE")
                .containsEntry("region", "Europe").containsEntry("iso2", "FR").containsEntry("iso_numeric", "250")
                .containsEntry("sample", "false");

        var congo = downloads.xlsx("/api/v1/stakeholders.xlsx", Map.of("q", "congo", "type", "MEMBER_STATE", "lang", "fr"),
                "a4p-stakeholders.xlsx");
        assertThat(congo.sheet()).isEqualTo("stakeholders");
        // headed and labelled in the request's language, codes and numbers as they are
        assertThat(congo.header()).containsExactly("Code", "Nom", "Type", "Région", "Code ISO alpha-2", "Code ISO numérique",
                "Données d’exemple");
        assertThat(congo.column("Code")).containsExactlyInAnyOrder("COD", "COG");
        assertThat(congo.column("Nom")).contains("Congo"); // names in the request's language
        assertThat(congo.column("Type")).containsOnly("État Membre");
        assertThat(congo.column("Région")).containsOnly("Afrique");
        assertThat(congo.column("Données d’exemple")).containsOnly(false);

        assertThat(downloads.csv("/api/v1/stakeholders.csv", Map.of("q", "kinshasa"), "a4p-stakeholders.csv")).isEmpty();
        mvc.perform(get("/api/v1/stakeholders.csv").param("year", "2025")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("year"));
        mvc.perform(get("/api/v1/stakeholders.xlsx").param("type", "PLANET")).andExpect(status().isBadRequest());
    }

    @Test
    void theListLinksToItsDownloadsWithTheFiltersItApplies() throws Exception {
        mvc.perform(get("/stakeholders").param("q", "congo").param("type", "member_state").param("year", "2020"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/api/v1/stakeholders.csv?q=congo&amp;type=MEMBER_STATE\""),
                        containsString("href=\"/api/v1/stakeholders.xlsx?q=congo&amp;type=MEMBER_STATE\""))));
        mvc.perform(get("/stakeholders").param("role", "HOST_COUNTRY").param("year", "2020"))
                .andExpect(content().string(containsString("href=\"/api/v1/stakeholders.csv?role=HOST_COUNTRY&amp;year=2020\"")));
    }

    @Test
    void missionsDownloadByStatusWithYearsAsNumbers() throws Exception {
        var downloads = new Downloads(mvc);
        var closed = downloads.csv("/api/v1/missions.csv", Map.of("status", "closed"), "a4p-missions.csv");
        assertThat(closed).hasSize(7).extracting(r -> r.get("active")).containsOnly("false");
        assertThat(closed).extracting(r -> r.get("code")).contains("UNAMID").doesNotContain("MINUSCA");
        CSVRecord unamid = closed.stream().filter(r -> r.get("code").equals("UNAMID")).findFirst().orElseThrow();
        assertThat(unamid.get("hosts")).isEqualTo("SDN");
        assertThat(unamid.get("end_year")).isNotEmpty();

        var all = downloads.xlsx("/api/v1/missions.xlsx", Map.of(), "a4p-missions.xlsx");
        assertThat(all.rows()).hasSize(18);
        int minusca = all.column("Code").indexOf("MINUSCA");
        assertThat(all.column("Start year").get(minusca)).isEqualTo(2014.0);
        assertThat(all.column("End year").get(minusca)).isNull();
        assertThat(all.column("Active").get(minusca)).isEqualTo(true);
        assertThat(all.column("Host state").get(minusca)).isEqualTo("CAF");

        mvc.perform(get("/api/v1/missions.csv").param("status", "paused")).andExpect(status().isBadRequest());
        mvc.perform(get("/missions")).andExpect(content().string(allOf(
                containsString("href=\"/api/v1/missions.csv?status=active\""), containsString("href=\"/api/v1/missions.xlsx?status=closed\""),
                not(containsString("href=\"/api/v1/missions.csv\"")))));
    }
}
