package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public yearly figures kept in {@code indicator_year_figure}: written by the transaction that approves or unlocks
 * a period, they equal what a recompute from the approved values writes, and the series read from them equal the
 * series worked out from the approved values themselves. Run on H2 and PostgreSQL.
 */
abstract class IndicatorFiguresContract {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorDataService data;
    @Autowired
    IndicatorFigures figures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPublicSeriesReadFromTheKeptFiguresEqualsTheSeriesWorkedOutFromTheApprovedValues() {
        int series = 0;
        for (Indicator indicator : indicators.catalogue()) {
            for (var d : indicator.disaggregations()) {
                assertThat(indicators.series(null, indicator.code(), d.code(), null).years()).as(indicator.code() + " " + d.code())
                        .isEqualTo(indicators.seriesFromApprovedValues(indicator.code(), d.code()).years());
                series++;
            }
        }
        assertThat(series).isGreaterThan(20);
        // the sample instance's approved values are in the figures: a year with data from several missions
        assertThat(indicators.series(null, "WOMEN_SHARE", null, null).years()).anySatisfy(y -> {
            assertThat(y.computed()).isNotNull();
            assertThat(y.reportersWithData()).isGreaterThan(3);
            assertThat(y.sample()).isTrue();
        });
    }

    @Test
    void approvalAndUnlockWriteTheFiguresARecomputeWouldWrite() {
        var accounts = new TestAccounts(jdbc);
        CurrentUser focal = accounts.focalPointOf("UNOCI");
        CurrentUser reviewer = accounts.reviewer();
        enter(focal, "2016-01", "1000", "50");
        enter(focal, "2016-02", "1100", "60");
        move(focal, "2016-01", PeriodWorkflow.Transition.SUBMIT, null);
        move(reviewer, "2016-01", PeriodWorkflow.Transition.APPROVE, null);
        assertThat(share2016()).isEqualByComparingTo("5.00");  // 50 / 1000: February is not approved yet
        assertSameAsRecomputed();

        move(focal, "2016-02", PeriodWorkflow.Transition.SUBMIT, null);
        move(reviewer, "2016-02", PeriodWorkflow.Transition.APPROVE, null);
        assertThat(share2016()).isEqualByComparingTo("5.24");  // (50 + 60) / (1000 + 1100), not the mean of 5.00 and 5.45
        assertThat(year2016("UNIFORMED_PERSONNEL").computed()).isEqualByComparingTo("1100"); // a headcount: the latest month
        assertSameAsRecomputed();

        move(accounts.administrator(), "2016-01", PeriodWorkflow.Transition.UNLOCK, "Wrong count");
        assertThat(share2016()).isEqualByComparingTo("5.45");  // 60 / 1100: January is no longer public
        assertSameAsRecomputed();
        assertThat(indicators.series(null, "WOMEN_SHARE", null, "UNOCI").years()).filteredOn(y -> y.year() == 2016)
                .singleElement().satisfies(y -> assertThat(y.reportersWithData()).isEqualTo(1));
    }

    private void enter(CurrentUser focal, String period, String personnel, String women) {
        data.save(focal, "UNOCI", period, List.of(new CellInput("UNIFORMED_PERSONNEL", "_T", personnel, false, null),
                new CellInput("WOMEN_UNIFORMED", "_T", women, false, null)));
    }

    private void move(CurrentUser who, String period, PeriodWorkflow.Transition t, String reason) {
        data.move(who, "UNOCI", period, t, data.grid(new TestAccounts(jdbc).reviewer(), "UNOCI", period).lockVersion(), reason);
    }

    private SeriesView.Year year2016(String code) {
        return indicators.series(null, code, null, null).years().stream().filter(y -> y.year() == 2016).findFirst().orElseThrow();
    }

    private java.math.BigDecimal share2016() {
        return year2016("WOMEN_SHARE").computed();
    }

    /** The rows the approving transactions wrote are those a recompute writes, and the series agree with the values. */
    private void assertSameAsRecomputed() {
        var kept = rows();
        int recomputed = figures.recompute();
        assertThat(rows()).hasSize(recomputed).isEqualTo(kept);
        for (String code : List.of("WOMEN_SHARE", "UNIFORMED_PERSONNEL", "WOMEN_UNIFORMED")) {
            assertThat(indicators.series(null, code, null, null).years()).as(code)
                    .isEqualTo(indicators.seriesFromApprovedValues(code, Indicator.TOTAL).years());
        }
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("select * from indicator_year_figure order by indicator_id, disaggregation, figure_year, reporter_id")
                .query().listOfRows();
    }
}
