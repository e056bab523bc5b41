package org.a4ptracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.a4ptracker.support.Downloads;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class SurveyResultsDownloadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyService surveys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResultsService results;

    @Test
    void publishedResultsAsXlsxHaveTheCsvsRowsWithFiguresAsNumbersAndSuppressionKept() throws Exception {
        long round = jdbc.sql("select id from survey_round where title = 'Sample perception survey 2025'").query(Long.class).single();
        var downloads = new Downloads(mvc);
        String name = "a4p-survey-" + round + "-results";
        var csv = downloads.csv("/api/v1/surveys/" + round + "/results.csv", Map.of(), name + ".csv");
        var xlsx = downloads.xlsx("/api/v1/surveys/" + round + "/results.xlsx", Map.of(), name + ".xlsx");
        assertThat(xlsx.header()).containsExactly("Commitment", "Respondent group", "Respondents", "Don't know",
                "Share significant or full", "Mean score", "Lower bound of the 95% interval", "Upper bound of the 95% interval",
                "Not shown: reason", "Sample data");
        assertThat(csv.get(0).toMap().keySet()).containsExactlyInAnyOrder("commitment", "group", "respondents", "dont_know", "share_significant_or_full",
                "mean_score", "ci_low", "ci_high", "suppressed", "sample");
        assertThat(xlsx.rows()).hasSize(csv.size()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(xlsx.column("Sample data")).containsOnly("sample");
        for (int i = 0; i < csv.size(); i++) {
            var c = csv.get(i);
            var x = xlsx.rows().get(i);
            assertThat(x.get(0)).isEqualTo(Double.valueOf(c.get("commitment")));
            assertThat(x.get(1)).isEqualTo(c.get("group"));
            if (!c.get("suppressed").isEmpty()) {
                assertThat(c.get("suppressed")).isIn("FEWER_THAN_5", "COMPLEMENTARY");
                assertThat(c.get("respondents")).isEmpty();
                assertThat(x.subList(2, 9)).containsExactly(null, null, null, null, null, null, c.get("suppressed"));
            } else {
                assertThat(x.get(2)).isEqualTo(Double.valueOf(c.get("respondents")));
                assertThat(x.get(5)).isEqualTo(c.get("mean_score").isEmpty() ? null : Double.valueOf(c.get("mean_score")));
            }
        }
        mvc.perform(get("/surveys/" + round + "/results")).andExpect(content().string(allOf(
                containsString("href=\"/api/v1/surveys/" + round + "/results.csv\""),
                containsString("href=\"/api/v1/surveys/" + round + "/results.xlsx\""))));
    }

    @Test
    void theAreaTableOfTheResultsPageIsADownloadWithTheSameFiguresAndTheChange() throws Exception {
        long round = jdbc.sql("select id from survey_round where title = 'Sample perception survey 2025'").query(Long.class).single();
        var downloads = new Downloads(mvc);
        var csv = downloads.csv("/api/v1/surveys/" + round + "/results-by-area.csv", Map.of(), "a4p-survey-" + round + "-results-by-area.csv");
        assertThat(csv).hasSize(8);
        var page = results.figures(null, round, null);
        for (int i = 0; i < 8; i++) {
            var a = page.areas().get(i);
            var row = csv.get(i);
            assertThat(row.get("area")).isEqualTo(String.valueOf(a.area()));
            assertThat(row.get("respondents")).isEqualTo(a.overall().suppressed() ? "" : String.valueOf(a.overall().respondents()));
            assertThat(row.get("suppressed")).isEqualTo(a.overall().suppressed() ? a.overall().suppression().name() : "");
            if (!a.overall().suppressed()) {
                assertThat(new java.math.BigDecimal(row.get("mean_score"))).isEqualByComparingTo(a.overall().meanScore());
            }
            assertThat(row.get("compared_with")).isEqualTo(page.comparedWith() == null ? "" : page.comparedWith().title());
            if (a.change() != null && !a.change().suppressed()) {
                assertThat(new java.math.BigDecimal(row.get("change"))).isEqualByComparingTo(a.change().difference());
            }
        }
        mvc.perform(get("/surveys/" + round + "/results")).andExpect(content().string(
                containsString("href=\"/api/v1/surveys/" + round + "/results-by-area.xlsx")));
    }

    @Test
    void anUnpublishedRoundHasNoPublicDownload() throws Exception {
        var reviewer = new TestAccounts(jdbc).reviewer();
        long id = surveys.create(reviewer, new RoundForm("Unpublished download round", null, LocalDate.now(), LocalDate.now().plusDays(3),
                List.of(RespondentGroup.MISSIONS), null));
        mvc.perform(get("/api/v1/surveys/" + id + "/results.xlsx")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/surveys/" + id + "/results.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/surveys/" + id + "/results-by-area.csv")).andExpect(status().isNotFound());
    }
}
