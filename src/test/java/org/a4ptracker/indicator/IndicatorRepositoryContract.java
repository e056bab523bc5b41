package org.a4ptracker.indicator;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Indicators on a real database, through their services; run on H2 and PostgreSQL. Each test
 * reports for its own closed mission and periods, so tests do not see each other's values.
 */
abstract class IndicatorRepositoryContract {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorDataService data;
    @Autowired
    IndicatorImportService imports;
    @Autowired
    JdbcClient jdbc;

    CurrentUser reviewer;
    CurrentUser admin;

    @BeforeEach
    void accounts() {
        var accounts = new TestAccounts(jdbc);
        reviewer = accounts.reviewer();
        admin = accounts.administrator();
    }

    private CurrentUser focal(String mission) {
        return new TestAccounts(jdbc).focalPointOf(mission);
    }

    private static CellInput cell(String indicator, String disaggregation, String value) {
        return new CellInput(indicator, disaggregation, value, false, null);
    }

    private List<IndicatorValue> values(CurrentUser reader, String reporter, String period) {
        return indicators.values(reader, new ValueFilter(null, reporter, period, null, null, null), new PageRequest(1, 200)).items();
    }

    private int lock(String reporter, String period) {
        return data.grid(reviewer, reporter, period).lockVersion();
    }

    @Test
    void publicFiguresAreSeededWithTheirSourcesAndAMissingYearIsNotZero() {
        var sea = indicators.values(null, new ValueFilter("SEA_ALLEGATIONS", null, null, null, null, null), new PageRequest(1, 50)).items();
        assertThat(sea).extracting(IndicatorValue::period).containsExactly("2015", "2016", "2017", "2018", "2019", "2020", "2022", "2023");
        assertThat(sea).allMatch(v -> v.source().equals("conduct.unmissions.org") && v.approved() && !v.sample());
        var series = indicators.series(null, "SEA_ALLEGATIONS", null, null);
        var years = series.years().stream().collect(java.util.stream.Collectors.toMap(SeriesView.Year::year, y -> y));
        assertThat(years.get(2021).computed()).isNull();
        assertThat(years.get(2022).computed()).isEqualByComparingTo("79");
        assertThat(indicators.values(null, new ValueFilter("FATALITIES_MALICIOUS_SECRETARIAT", null, "2016", null, null, null),
                new PageRequest(1, 5)).items()).singleElement().extracting(IndicatorValue::amount).isEqualTo(new BigDecimal("34"));
        assertThat(indicators.values(null, new ValueFilter("FATALITIES_MALICIOUS_STAFF_UNION", null, "2016", null, null, null),
                new PageRequest(1, 5)).items()).singleElement().extracting(IndicatorValue::amount).isEqualTo(new BigDecimal("32"));
        var share = indicators.indicator("WOMEN_SHARE");
        assertThat(share.targetsFor("MIL_CONTINGENT")).extracting(t -> t.year() + ":" + t.amount().toPlainString())
                .containsExactly("2021:8", "2028:15");
        assertThat(share.numerator()).isEqualTo("WOMEN_UNIFORMED");
    }

    @Test
    void aGridIsSavedWholeAndStaysProvisionalUntilApproved() {
        var focal = focal("MINUSMA");
        int saved = data.save(focal, "MINUSMA", "2019-01", List.of(cell("UNIFORMED_PERSONNEL", "_T", "1000"),
                cell("UNIFORMED_PERSONNEL", "MIL_CONTINGENT", "900"), cell("WOMEN_UNIFORMED", "_T", "50"),
                cell("WOMEN_UNIFORMED", "MIL_CONTINGENT", "40"), cell("RENEWABLE_KWH", "_T", "")));
        assertThat(saved).isEqualTo(4);
        assertThat(values(null, "MINUSMA", "2019-01")).isEmpty();
        assertThat(values(reviewer, "MINUSMA", "2019-01")).hasSize(4).noneMatch(IndicatorValue::approved);
        var grid = data.grid(focal, "MINUSMA", "2019-01");
        assertThat(grid.rows()).extracting(r -> r.indicator().code())
                .containsExactly("WOMEN_UNIFORMED", "UNIFORMED_PERSONNEL", "RENEWABLE_KWH", "ELECTRICITY_KWH");
        assertThat(grid.rows().get(0).cells().get(1).amount()).isEqualByComparingTo("40");
        assertThat(grid.rows().get(2).cells().get(0).amount()).isNull();

        data.move(focal, "MINUSMA", "2019-01", PeriodWorkflow.Transition.SUBMIT, lock("MINUSMA", "2019-01"), null);
        data.move(reviewer, "MINUSMA", "2019-01", PeriodWorkflow.Transition.APPROVE, lock("MINUSMA", "2019-01"), null);
        assertThat(values(null, "MINUSMA", "2019-01")).hasSize(4).allMatch(IndicatorValue::approved);
    }

    @Test
    void aReviewerWhoIsAlsoTheFocalPointCannotApproveTheValuesTheyEnteredOrSubmitted() {
        var focal = focal("UNISFA");
        jdbc.sql("update app_user set reviewer = true where id = :id").param("id", focal.id()).update();
        var both = new CurrentUser(focal.id(), focal.email(), focal.displayName(), false, true, focal.stakeholderIds());
        data.save(both, "UNISFA", "2019-05", List.of(cell("UNIFORMED_PERSONNEL", "_T", "700")));
        data.move(both, "UNISFA", "2019-05", PeriodWorkflow.Transition.SUBMIT, lock("UNISFA", "2019-05"), null);
        assertThatThrownBy(() -> data.move(both, "UNISFA", "2019-05", PeriodWorkflow.Transition.APPROVE, lock("UNISFA", "2019-05"), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("another reviewer must approve it");
        assertThat(data.grid(reviewer, "UNISFA", "2019-05").state()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_user_id = :u and action = 'APPROVE_INDICATOR_PERIOD' and outcome = 'DENIED'")
                .param("u", both.id()).query(Long.class).single()).isEqualTo(1);
        // a reviewer who only submitted the period, without entering its values, is refused alike
        var submitter = focal("UNISFA");
        jdbc.sql("update app_user set reviewer = true where id = :id").param("id", submitter.id()).update();
        data.move(reviewer, "UNISFA", "2019-05", PeriodWorkflow.Transition.RETURN, lock("UNISFA", "2019-05"), "check");
        var reviewing = new CurrentUser(submitter.id(), submitter.email(), submitter.displayName(), false, true, submitter.stakeholderIds());
        data.move(reviewing, "UNISFA", "2019-05", PeriodWorkflow.Transition.SUBMIT, lock("UNISFA", "2019-05"), null);
        assertThatThrownBy(() -> data.move(reviewing, "UNISFA", "2019-05", PeriodWorkflow.Transition.APPROVE,
                lock("UNISFA", "2019-05"), null)).isInstanceOf(ConflictException.class);
        data.move(reviewer, "UNISFA", "2019-05", PeriodWorkflow.Transition.APPROVE, lock("UNISFA", "2019-05"), null);
        assertThat(data.grid(reviewer, "UNISFA", "2019-05").state()).isEqualTo("APPROVED");
    }

    @Test
    void textNotApplicableAndBadNumbersAreRefusedWithEveryProblemAndNothingIsSaved() {
        var focal = focal("MINUJUSTH");
        var e = catchInvalid(() -> data.save(focal, "MINUJUSTH", "2019-02", List.of(cell("UNIFORMED_PERSONNEL", "_T", "N/A"),
                cell("UNIFORMED_PERSONNEL", "FPU", "1,000"), new CellInput("WOMEN_UNIFORMED", "_T", null, true, " "),
                cell("ELECTRICITY_KWH", "_T", "-5"), cell("RENEWABLE_KWH", "_T", "12%"))));
        assertThat(e.problems()).extracting(p -> p.indicator() + "|" + p.disaggregation()).containsExactlyInAnyOrder(
                "UNIFORMED_PERSONNEL|_T", "UNIFORMED_PERSONNEL|FPU", "WOMEN_UNIFORMED|_T", "ELECTRICITY_KWH|_T", "RENEWABLE_KWH|_T");
        assertThat(InEnglish.text(e.problems().get(0).message())).contains("'N/A' is not a number");
        assertThat(values(reviewer, "MINUJUSTH", "2019-02")).isEmpty();

        data.save(focal, "MINUJUSTH", "2019-02", List.of(new CellInput("RENEWABLE_KWH", "_T", null, true, "No solar plant at this site")));
        var na = values(reviewer, "MINUJUSTH", "2019-02");
        assertThat(na).singleElement().satisfies(v -> {
            assertThat(v.amount()).isNull();
            assertThat(v.notApplicable()).isTrue();
            assertThat(v.note()).isEqualTo("No solar plant at this site");
        });
    }

    @Test
    void partsCannotExceedTheirWholeAndJumpsNeedAComment() {
        var focal = focal("MINUSTAH");
        var e = catchInvalid(() -> data.save(focal, "MINUSTAH", "2019-03", List.of(cell("WOMEN_UNIFORMED", "_T", "1200"),
                cell("UNIFORMED_PERSONNEL", "_T", "1000"), cell("UNIFORMED_PERSONNEL", "MIL_CONTINGENT", "1100"))));
        assertThat(e.problems()).extracting(p -> InEnglish.text(p.message())).anyMatch(m -> m.contains("larger than UNIFORMED_PERSONNEL"))
                .anyMatch(m -> m.contains("larger than the total"));

        data.save(focal, "MINUSTAH", "2019-04", List.of(cell("UNIFORMED_PERSONNEL", "_T", "1000")));
        var jump = catchInvalid(() -> data.save(focal, "MINUSTAH", "2019-05", List.of(cell("UNIFORMED_PERSONNEL", "_T", "3000"))));
        assertThat(jump.problems()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(InEnglish.text(p.message())).isEqualTo("changes by 200.0% from the previous period (1000 → 3000): add a comment to confirm it");
        });
        assertThat(data.save(focal, "MINUSTAH", "2019-05", List.of(new CellInput("UNIFORMED_PERSONNEL", "_T", "3000", false,
                "New battalion deployed")))).isEqualTo(1);
        var drop = catchInvalid(() -> data.save(focal, "MINUSTAH", "2019-06", List.of(cell("UNIFORMED_PERSONNEL", "_T", "1000"))));
        assertThat(drop.problems()).singleElement().satisfies(p -> assertThat(p.warning()).isTrue()); // a third of May
    }

    /** The public all-missions total of 2019, read through the kept public series. */
    private java.math.BigDecimal electricity2019() {
        return indicators.series(null, "ELECTRICITY_KWH", null, null).years().stream().filter(y -> y.year() == 2019)
                .map(SeriesView.Year::computed).filter(java.util.Objects::nonNull).findFirst().orElse(java.math.BigDecimal.ZERO);
    }

    @Test
    void anApprovedPeriodIsLockedUntilAnAdministratorUnlocksItWithAReason() {
        var focal = focal("UNMIL");
        var publicBefore = electricity2019();
        data.save(focal, "UNMIL", "2019-06", List.of(cell("ELECTRICITY_KWH", "_T", "5000")));
        assertThat(electricity2019()).isEqualByComparingTo(publicBefore); // provisional: not public
        data.move(focal, "UNMIL", "2019-06", PeriodWorkflow.Transition.SUBMIT, lock("UNMIL", "2019-06"), null);
        assertThatThrownBy(() -> data.save(focal, "UNMIL", "2019-06", List.of(cell("ELECTRICITY_KWH", "_T", "6000"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("submitted");
        data.move(reviewer, "UNMIL", "2019-06", PeriodWorkflow.Transition.APPROVE, lock("UNMIL", "2019-06"), null);
        assertThat(electricity2019()).isEqualByComparingTo(publicBefore.add(java.math.BigDecimal.valueOf(5000))); // on the next read
        assertThatThrownBy(() -> data.save(focal, "UNMIL", "2019-06", List.of(cell("ELECTRICITY_KWH", "_T", "6000"))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> data.move(reviewer, "UNMIL", "2019-06", PeriodWorkflow.Transition.UNLOCK,
                lock("UNMIL", "2019-06"), "typo")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.move(admin, "UNMIL", "2019-06", PeriodWorkflow.Transition.UNLOCK,
                lock("UNMIL", "2019-06"), " ")).isInstanceOf(BadRequestException.class);
        long audited = jdbc.sql("select count(*) from audit_event where action = 'UNLOCK_INDICATOR_PERIOD' and outcome = 'SUCCESS'")
                .query(Long.class).single();
        data.move(admin, "UNMIL", "2019-06", PeriodWorkflow.Transition.UNLOCK, lock("UNMIL", "2019-06"), "Wrong meter reading");
        assertThat(electricity2019()).isEqualByComparingTo(publicBefore); // unlocked: no longer public, at once
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'UNLOCK_INDICATOR_PERIOD' and outcome = 'SUCCESS'")
                .query(Long.class).single()).isEqualTo(audited + 1);
        assertThat(data.save(focal, "UNMIL", "2019-06", List.of(cell("ELECTRICITY_KWH", "_T", "6000")))).isEqualTo(1);
        assertThat(values(null, "UNMIL", "2019-06")).isEmpty();
    }

    @Test
    void aFocalPointOfOneMissionCannotEnterDataForAnother() {
        var minusca = focal("MINUSCA");
        long denied = jdbc.sql("select count(*) from audit_event where outcome = 'DENIED' and actor_label = :e")
                .param("e", minusca.email()).query(Long.class).single();
        assertThatThrownBy(() -> data.save(minusca, "MINUSMA", "2019-07", List.of(cell("ELECTRICITY_KWH", "_T", "1"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.grid(minusca, "MINUSMA", "2019-07")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.move(minusca, "MINUSMA", "2019-07", PeriodWorkflow.Transition.SUBMIT, 0, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from audit_event where outcome = 'DENIED' and actor_label = :e")
                .param("e", minusca.email()).query(Long.class).single()).isEqualTo(denied + 3);
        assertThat(values(reviewer, "MINUSMA", "2019-07")).isEmpty();
    }

    @Test
    void theRatioIsTheSumOfWomenOverTheSumOfPersonnelOfApprovedMonths() {
        var focal = focal("UNAMID");
        data.save(focal, "UNAMID", "2018-01", List.of(cell("WOMEN_UNIFORMED", "MIL_CONTINGENT", "40"),
                cell("UNIFORMED_PERSONNEL", "MIL_CONTINGENT", "900")));
        data.save(focal, "UNAMID", "2018-02", List.of(cell("WOMEN_UNIFORMED", "MIL_CONTINGENT", "50"),
                cell("UNIFORMED_PERSONNEL", "MIL_CONTINGENT", "1000")));
        data.save(focal, "UNAMID", "2018-03", List.of(new CellInput("WOMEN_UNIFORMED", "MIL_CONTINGENT", "500", false, "checked"),
                new CellInput("UNIFORMED_PERSONNEL", "MIL_CONTINGENT", "600", false, "rotation")));
        for (String month : List.of("2018-01", "2018-02")) {
            data.move(focal, "UNAMID", month, PeriodWorkflow.Transition.SUBMIT, lock("UNAMID", month), null);
            data.move(reviewer, "UNAMID", month, PeriodWorkflow.Transition.APPROVE, lock("UNAMID", month), null);
        }
        var publicYear = year(indicators.series(null, "WOMEN_SHARE", "MIL_CONTINGENT", "UNAMID"), 2018);
        assertThat(publicYear.computed()).isEqualByComparingTo("4.74"); // (40 + 50) / (900 + 1000), March is not approved
        // 2018 comes before the first target (8% in 2021) and there is no baseline: not "off track", no target yet
        assertThat(publicYear.attainment().state()).isEqualTo(Attainment.State.NO_TARGET_YET);
        var reviewerYear = year(indicators.series(reviewer, "WOMEN_SHARE", "MIL_CONTINGENT", "UNAMID"), 2018);
        assertThat(reviewerYear.computed()).isEqualByComparingTo("23.6"); // 590 / 2500 = (40 + 50 + 500) / (900 + 1000 + 600), provisional
        assertThat(year(indicators.series(null, "WOMEN_UNIFORMED", "MIL_CONTINGENT", "UNAMID"), 2018).computed())
                .isEqualByComparingTo("50"); // a headcount: the latest approved month
    }

    @Test
    void anImportWritesAllRowsOrNone() {
        var focal = focal("UNOCI");
        String bad = """
                indicator,period,disaggregation,value,not_applicable,note
                ELECTRICITY_KWH,2019-08,,1200,,
                RENEWABLE_KWH,2019-08,,N/A,,
                ELECTRICITY_KWH,2019-13,,5,,
                """;
        var failed = imports.importValues(focal, "UNOCI", "values.csv", stream(bad), false);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly("3:value", "4:period");
        assertThat(values(reviewer, "UNOCI", "2019-08")).isEmpty();
        String good = """
                indicator,period,disaggregation,value,not_applicable,note
                ELECTRICITY_KWH,2019-08,,1200,,
                RENEWABLE_KWH,2019-08,,300,,
                ELECTRICITY_KWH,2019-09,,1300,,
                """;
        assertThat(imports.importValues(focal, "UNOCI", "values.csv", stream(good), true).imported()).isZero();
        assertThat(values(reviewer, "UNOCI", "2019-08")).isEmpty();
        var done = imports.importValues(focal, "UNOCI", "values.csv", stream(good), false);
        assertThat(done.ok()).isTrue();
        assertThat(done.imported()).isEqualTo(3);
        assertThat(values(reviewer, "UNOCI", "2019-08")).extracting(IndicatorValue::amount)
                .containsExactlyInAnyOrder(new BigDecimal("1200"), new BigDecimal("300"));
        String jump = "indicator,period,disaggregation,value,not_applicable,note\nELECTRICITY_KWH,2019-10,,99999,,\n";
        var warned = imports.importValues(focal, "UNOCI", "values.csv", stream(jump), false);
        assertThat(warned.errors()).singleElement().satisfies(err -> assertThat(InEnglish.text(err.message())).contains("add a comment"));
        assertThat(values(reviewer, "UNOCI", "2019-10")).isEmpty();
        // the value before a cell may come from earlier in the same file: the jump is still seen, by row
        String jumpInFile = "indicator,period,disaggregation,value,not_applicable,note\n"
                + "ELECTRICITY_KWH,2019-11,,1250,,\nELECTRICITY_KWH,2019-12,,88888,,\n";
        var inFile = imports.importValues(focal, "UNOCI", "values.csv", stream(jumpInFile), false);
        assertThat(inFile.errors()).singleElement().satisfies(err -> {
            assertThat(err.row()).isEqualTo(3);
            assertThat(InEnglish.text(err.message())).contains("add a comment");
        });
        assertThat(values(reviewer, "UNOCI", "2019-11")).isEmpty(); // all or nothing
        String commented = "indicator,period,disaggregation,value,not_applicable,note\n"
                + "ELECTRICITY_KWH,2019-11,,1250,,\nELECTRICITY_KWH,2019-12,,88888,,new generator park\n";
        assertThat(imports.importValues(focal, "UNOCI", "values.csv", stream(commented), false).imported()).isEqualTo(2);
        assertThat(values(reviewer, "UNOCI", "2019-12")).extracting(IndicatorValue::amount).containsExactly(new BigDecimal("88888"));
    }

    @Test
    void aLargeImportReportsEveryErrorAndWritesNothingOrWritesExactlyItsValues() {
        var focal = focal("UNMOGIP");
        // a locked period, which the second bad file also names
        data.save(focal, "UNMOGIP", "2004-01", List.of(cell("UNIFORMED_PERSONNEL", "_T", "1000")));
        data.move(focal, "UNMOGIP", "2004-01", PeriodWorkflow.Transition.SUBMIT, lock("UNMOGIP", "2004-01"), null);
        data.move(reviewer, "UNMOGIP", "2004-01", PeriodWorkflow.Transition.APPROVE, lock("UNMOGIP", "2004-01"), null);
        var lines = monthlyLines(36); // 2001-01 to 2003-12: 504 values, more than one batch of 500 on H2
        long audited = auditedPeriods("UNMOGIP");

        var unreadable = new ArrayList<>(lines);
        unreadable.set(9, "WOMEN_UNIFORMED,2001-01,STAFF_OFFICER,ten,,");
        unreadable.set(99, "UNIFORMED_PERSONNEL,2001-08,MARS,1000,,");
        unreadable.set(399, "WOMEN_UNIFORMED,2003-13,,100,,");
        var failed = imports.importValues(focal, "UNMOGIP", "values.csv", stream(String.join("\n", unreadable)), false);
        assertThat(failed.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly("10:value", "100:disaggregation", "400:period");

        var refused = new ArrayList<>(lines);
        refused.set(228, "UNIFORMED_PERSONNEL,2002-05,FPU,2000,,recount"); // above the month's total of 1000
        refused.set(363, "ELECTRICITY_KWH,2003-02,,99999,,"); // a jump from 5000 without a comment
        refused.add("UNIFORMED_PERSONNEL,2004-01,,1100,,");
        failed = imports.importValues(focal, "UNMOGIP", "values.csv", stream(String.join("\n", refused)), false);
        assertThat(failed.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly("229:value", "364:value", "506:period");
        assertThat(failed.errors()).extracting(e -> InEnglish.text(e.message())).satisfiesExactly(
                m -> assertThat(m).contains("larger than the total"), m -> assertThat(m).contains("add a comment"),
                m -> assertThat(m).contains("locked"));
        assertThat(failed.imported()).isZero();
        assertThat(valueCount("UNMOGIP", "2001-01-01", "2003-12-31")).isZero();
        assertThat(auditedPeriods("UNMOGIP")).isEqualTo(audited);

        var done = imports.importValues(focal, "UNMOGIP", "values.csv", stream(String.join("\n", lines)), false);
        assertThat(done.errors()).isEmpty();
        assertThat(done.imported()).isEqualTo(504);
        assertThat(valueCount("UNMOGIP", "2001-01-01", "2003-12-31")).isEqualTo(504);
        assertThat(auditedPeriods("UNMOGIP")).isEqualTo(audited + 36);
        assertThat(values(reviewer, "UNMOGIP", "2001-01")).filteredOn(v -> v.indicator().equals("ELECTRICITY_KWH")).singleElement()
                .satisfies(v -> {
                    assertThat(v.amount()).isNull();
                    assertThat(v.notApplicable()).isTrue();
                    assertThat(v.note()).isEqualTo("meters installed in February");
                });
        assertThat(amount("UNMOGIP", "2002-07", "UNIFORMED_PERSONNEL", "FPU")).isEqualByComparingTo("100");
        assertThat(amount("UNMOGIP", "2003-12", "WOMEN_UNIFORMED", "_T")).isEqualByComparingTo("100");
        assertThat(amount("UNMOGIP", "2003-12", "ELECTRICITY_KWH", "_T")).isEqualByComparingTo("5000");

        // values already there are updated, not added again; new ones beside them are inserted
        String again = "indicator,period,disaggregation,value,not_applicable,note\n"
                + "ELECTRICITY_KWH,2001-01,,4000,,\nELECTRICITY_KWH,2003-12,,7000,,new meters\n"
                + "UNIFORMED_PERSONNEL,2003-12,,1200,,\nUNIFORMED_PERSONNEL,2004-02,,1000,,\n";
        assertThat(imports.importValues(focal, "UNMOGIP", "values.csv", stream(again), false).imported()).isEqualTo(4);
        assertThat(valueCount("UNMOGIP", "2001-01-01", "2003-12-31")).isEqualTo(504);
        assertThat(valueCount("UNMOGIP", "2004-02-01", "2004-02-29")).isEqualTo(1);
        assertThat(values(reviewer, "UNMOGIP", "2001-01")).filteredOn(v -> v.indicator().equals("ELECTRICITY_KWH")).singleElement()
                .satisfies(v -> {
                    assertThat(v.amount()).isEqualByComparingTo("4000");
                    assertThat(v.notApplicable()).isFalse();
                    assertThat(v.note()).isNull();
                });
        assertThat(values(reviewer, "UNMOGIP", "2003-12")).filteredOn(v -> v.indicator().equals("ELECTRICITY_KWH")).singleElement()
                .satisfies(v -> {
                    assertThat(v.amount()).isEqualByComparingTo("7000");
                    assertThat(v.note()).isEqualTo("new meters");
                });
        assertThat(amount("UNMOGIP", "2003-12", "UNIFORMED_PERSONNEL", "_T")).isEqualByComparingTo("1200");
        assertThat(amount("UNMOGIP", "2004-01", "UNIFORMED_PERSONNEL", "_T")).isEqualByComparingTo("1000"); // locked, untouched
    }

    /** The header and 14 values a month from 2001-01: headcounts by category, and electricity (not applicable in the first month). */
    private static List<String> monthlyLines(int months) {
        var lines = new ArrayList<String>();
        lines.add("indicator,period,disaggregation,value,not_applicable,note");
        var categories = List.of("_T", "MIL_CONTINGENT", "STAFF_OFFICER", "FPU", "IPO", "JUSTICE_CORRECTIONS");
        for (int m = 0; m < months; m++) {
            String period = String.format("%d-%02d", 2001 + m / 12, m % 12 + 1);
            for (String c : categories) {
                lines.add("UNIFORMED_PERSONNEL," + period + "," + c + "," + (c.equals("_T") ? 1000 : 100) + ",,");
            }
            for (String c : categories) {
                lines.add("WOMEN_UNIFORMED," + period + "," + c + "," + (c.equals("_T") ? 100 : 10) + ",,");
            }
            lines.add(m == 0 ? "ELECTRICITY_KWH," + period + ",,,yes,meters installed in February" : "ELECTRICITY_KWH," + period + ",,5000,,");
            lines.add(m == 0 ? "RENEWABLE_KWH," + period + ",,,yes,meters installed in February" : "RENEWABLE_KWH," + period + ",,1000,,");
        }
        return lines;
    }

    private long valueCount(String reporter, String from, String to) {
        return jdbc.sql("""
                select count(*) from indicator_value v join stakeholder s on s.id = v.reporter_id
                where s.code = :reporter and v.period_start between cast(:from as date) and cast(:to as date)
                """).param("reporter", reporter).param("from", from).param("to", to).query(Long.class).single();
    }

    private long auditedPeriods(String reporter) {
        return jdbc.sql("select count(*) from audit_event where action = 'ENTER_INDICATOR_VALUES' and entity_id like :prefix")
                .param("prefix", reporter + " %").query(Long.class).single();
    }

    private BigDecimal amount(String reporter, String period, String indicator, String disaggregation) {
        return values(reviewer, reporter, period).stream()
                .filter(v -> v.indicator().equals(indicator) && v.disaggregation().equals(disaggregation))
                .findFirst().orElseThrow().amount();
    }

    @Test
    void theCsvStreamHoldsApprovedValuesOnlyForThePublic() {
        var focal = focal("MONUC");
        data.save(focal, "MONUC", "2019-11", List.of(cell("ELECTRICITY_KWH", "_T", "777")));
        var seen = new ArrayList<IndicatorValue>();
        indicators.stream(null, new ValueFilter("ELECTRICITY_KWH", "MONUC", "2019-11", null, null, null), seen::add);
        assertThat(seen).isEmpty();
        indicators.stream(reviewer, new ValueFilter("ELECTRICITY_KWH", "MONUC", "2019-11", null, null, null), seen::add);
        assertThat(seen).singleElement().satisfies(v -> assertThat(v.approved()).isFalse());
    }

    private static SeriesView.Year year(SeriesView series, int year) {
        return series.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    private static InvalidValuesException catchInvalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidValuesException e) {
            return e;
        }
        throw new AssertionError("expected the values to be refused");
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
