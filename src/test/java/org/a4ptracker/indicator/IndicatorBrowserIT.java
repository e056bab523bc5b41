package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.a4ptracker.support.BrowserJourney;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The indicator journey in a real headless Chromium: the public reads MINUSCA's casualty
 * evacuation compliance; MINUSCA's focal point enters the third quarter of 2026 in the grid
 * (a text refused beside its cell, jumps from the previous quarter confirmed with comments),
 * submits it; a reviewer approves it, which locks it; and only then does the public figure of
 * 2026 include the new quarter, in the page, the chart and the CSV.
 *
 * <p>The steps are ordered and share one browser; once a step fails the later ones are skipped
 * rather than failing for a reason that is not theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-indicator-journey;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndicatorBrowserIT extends BrowserJourney {

    private static final String FOCAL_POINT = "mission.focal.point@example.org";
    private static final String FOCAL_POINT_NAME = "Sample Focal Point, MINUSCA";
    private static final String REVIEWER = "reviewer@example.org";
    private static final String REVIEWER_NAME = "Sample Reviewer (Secretariat)";

    private static final String PERIOD = "2026-Q3";
    private static final String ENTRY = "/indicators/entry/MINUSCA/" + PERIOD;
    private static final String COMPLIANCE = "/indicators/CASEVAC_COMPLIANCE?reporter=MINUSCA";
    private static final String TOTAL = "CASEVAC_TOTAL|_T";
    private static final String MET = "CASEVAC_MET|_T";
    private static final String TOTAL_COMMENT = "Two ambushes near Bria; a cholera outbreak in Bangui";
    private static final String MET_COMMENT = "Confirmed with the mission's medical cell";


    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** MINUSCA's approved figures of 2026 before the journey: the sums of its quarters and the last quarter's values. */
    private BigDecimal metBefore;
    private BigDecimal totalBefore;
    private BigDecimal lastMet;
    private BigDecimal lastTotal;
    /** The public "Computed" figure of 2026 before the journey, as shown. */
    private String figureBefore;





    @Test
    @Order(1)
    void thePublicReadsTheComplianceOfMinuscaAndTheTargetsOfWomensShare() throws Exception {
        // what the public CSV says MINUSCA reported in 2026, approved quarters only
        var totals = quartersOf2026("CASEVAC_TOTAL");
        var met = quartersOf2026("CASEVAC_MET");
        assertThat(totals).extracting(r -> r.get("period")).containsExactly("2026-Q1", "2026-Q2");
        assertThat(met).extracting(r -> r.get("period")).containsExactly("2026-Q1", "2026-Q2");
        totalBefore = sum(totals);
        metBefore = sum(met);
        lastTotal = new BigDecimal(totals.get(1).get("value"));
        lastMet = new BigDecimal(met.get(1).get("value"));
        assertThat(lastTotal.signum()).isPositive();
        assertThat(lastMet.signum()).isPositive();

        browser.get(url(COMPLIANCE + "&lang=en"));
        assertThat(responseStatus()).isEqualTo(200);
        assertThat(h1()).isEqualTo("Casualty evacuations meeting the 10-1-2 standard (share)");
        assertThat(main()).contains("Only the values reported by MINUSCA.")
                .doesNotContain("Includes provisional values");
        figureBefore = computed(2026);
        assertThat(figureBefore).isEqualTo(percent(metBefore, totalBefore));
        assertThat(chartPointTitles()).contains("2026: " + figureBefore);
        assertThat(seriesRow(2026).findElement(By.cssSelector("th .badge.sample")).getText()).isEqualTo("Sample");

        browser.get(url("/indicators/WOMEN_SHARE?disaggregation=MIL_CONTINGENT"));
        assertThat(h1()).isEqualTo("Women's share of uniformed personnel");
        assertThat(browser.findElements(By.cssSelector("#indicator-chart svg"))).hasSize(1);
        var marks = browser.findElements(By.cssSelector("#indicator-chart svg rect.target-mark, #indicator-chart svg line.target-line"));
        assertThat(marks).extracting(m -> m.findElement(By.tagName("title")).getAttribute("textContent"))
                .containsExactlyInAnyOrder("Interim target 2021: 8.0%", "Target 2028: 15.0%");
        var targets = browser.findElements(By.xpath("//h2[normalize-space()='Targets']/following-sibling::div[1]/table/tbody/tr"));
        assertThat(targets).extracting(WebElement::getText).hasSize(2);
        assertThat(cells(targets.get(0))).startsWith("2021", "Interim target", "8.0%");
        assertThat(cells(targets.get(1))).startsWith("2028", "Target", "15.0%");
        // the series runs from the first target to the last
        assertThat(browser.findElements(By.cssSelector("#series-table tbody tr")).stream()
                .map(r -> r.findElement(By.cssSelector("th span")).getText()).toList())
                .containsExactly("2021", "2022", "2023", "2024", "2025", "2026", "2027", "2028");
    }

    @Test
    @Order(2)
    void aTextInANumberCellIsRefusedBesideItAndNothingIsSaved() throws Exception {
        signIn(FOCAL_POINT, FOCAL_POINT_NAME);
        browser.get(url(ENTRY));
        assertThat(responseStatus()).isEqualTo(200);
        assertThat(h1()).startsWith("Data entry: ").endsWith(", " + PERIOD);
        assertThat(periodState()).isEqualTo("Open for entry");
        assertThat(value("v-" + TOTAL)).isEmpty();
        assertThat(value("v-" + MET)).isEmpty();
        // ratios are computed, never entered
        assertThat(browser.findElements(By.id("v-CASEVAC_COMPLIANCE|_T"))).isEmpty();

        type("v-" + TOTAL, "N/A");
        clickAndWait(browser.findElement(By.id("save-values")));

        assertThat(browser.findElement(By.cssSelector("#error-summary p")).getText())
                .isEqualTo("One cell needs attention: nothing was saved. Everything you typed is still in the grid.");
        assertThat(problemsBeside(TOTAL)).containsExactly("'N/A' is not a number: write plain numbers like 1234.5,"
                + " or leave it empty, or mark it not applicable with a reason");
        assertThat(browser.getTitle()).startsWith("Error: Data entry: ");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#v-" + TOTAL);
        assertThat(browser.findElement(By.id("v-" + TOTAL)).getAttribute("aria-describedby")).isEqualTo("e-" + TOTAL);
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
        assertThat(browser.findElement(By.id("v-" + TOTAL)).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(value("v-" + TOTAL)).isEqualTo("N/A");
        assertThat(value("v-" + MET)).isEmpty();
        assertThat(periodState()).isEqualTo("Open for entry");
        assertThat(browser.findElements(By.cssSelector("p.notice[role=status]"))).isEmpty();

        // reloaded, the grid shows that nothing was stored
        browser.get(url(ENTRY));
        assertThat(value("v-" + TOTAL)).isEmpty();
        assertThat(value("v-" + MET)).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".field-error"))).isEmpty();
        assertThat(periodState()).isEqualTo("Open for entry");
        // and so does its JSON, read with the same session
        browser.get(url("/api/v1/indicator-entry/MINUSCA/" + PERIOD));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("\"state\":\"OPEN\"", "\"amount\":null").doesNotContain("N/A");
    }

    @Test
    @Order(3)
    void jumpsFromThePreviousQuarterNeedACommentThenThePeriodIsSubmitted() {
        browser.get(url(ENTRY));
        type("v-" + TOTAL, "40");
        type("v-" + MET, "39");
        clickAndWait(browser.findElement(By.id("save-values")));

        assertThat(browser.findElement(By.cssSelector("#error-summary p")).getText())
                .isEqualTo("2 cells need attention: nothing was saved. Everything you typed is still in the grid.");
        assertThat(problemsBeside(TOTAL)).containsExactly(jump(lastTotal, "40"));
        assertThat(problemsBeside(MET)).containsExactly(jump(lastMet, "39"));
        assertThat(problemsBeside(TOTAL).get(0)).endsWith("add a comment to confirm it");
        assertThat(value("v-" + TOTAL)).isEqualTo("40");
        assertThat(value("v-" + MET)).isEqualTo("39");
        assertThat(periodState()).isEqualTo("Open for entry");

        // the connection drops while the comments are typed, and the save cannot reach the server
        type("n-" + TOTAL, TOTAL_COMMENT);
        type("n-" + MET, MET_COMMENT);
        connection(false);
        browser.findElement(By.id("save-values")).click();
        assertThat(keepNotice("Not sent").getText()).startsWith("Not sent: there is no connection to the server. What you typed is kept on this device");
        assertThat(kept("entry:MINUSCA:" + PERIOD)).contains("\"value[" + TOTAL + "]\",\"40\"", TOTAL_COMMENT, MET_COMMENT);
        assertThat(jdbc.sql("""
                select count(*) from indicator_value v join stakeholder s on s.id = v.reporter_id where s.code = 'MINUSCA' and v.period = ?
                """).param(PERIOD).query(Long.class).single()).isZero();

        // later, back online, the grid opened again has what was typed back in it, and sends it
        connection(true);
        browser.get(url(ENTRY));
        assertThat(keepNotice("What you typed earlier").getText()).contains("not saved yet");
        assertThat(value("v-" + TOTAL)).isEqualTo("40");
        assertThat(value("n-" + MET)).isEqualTo(MET_COMMENT);
        clickAndWait(browser.findElement(By.cssSelector("[data-keep-send]")));

        assertThat(kept("entry:MINUSCA:" + PERIOD)).isNull();
        assertThat(browser.getCurrentUrl()).isEqualTo(url(ENTRY));
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText()).isEqualTo("2 values saved.");
        assertThat(browser.findElements(By.cssSelector(".field-error, p.error-box"))).isEmpty();
        assertThat(value("v-" + TOTAL)).isEqualTo("40");
        assertThat(value("v-" + MET)).isEqualTo("39");
        assertThat(value("n-" + TOTAL)).isEqualTo(TOTAL_COMMENT);
        assertThat(value("n-" + MET)).isEqualTo(MET_COMMENT);
        assertThat(periodState()).isEqualTo("Open for entry");

        clickAndWait(browser.findElement(By.id("submit-period")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(ENTRY));
        assertThat(periodState()).isEqualTo("Submitted for approval");
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Submitted: a reviewer will approve the period or return it with a reason.");
        assertThat(gridInputs()).isNotEmpty().allMatch(i -> !i.isEnabled());
        assertThat(browser.findElements(By.id("save-values"))).isEmpty();
        assertThat(browser.findElements(By.id("submit-period"))).isEmpty();
        assertThat(browser.findElements(By.id("approve-period"))).isEmpty();
    }

    @Test
    @Order(4)
    void theReviewerApprovesThePeriodWhichLocksIt() throws Exception {
        signOut();
        // submitted is not public
        assertThat(valuesCsv("CASEVAC_TOTAL")).noneMatch(r -> r.get("period").equals(PERIOD));

        signIn(REVIEWER, REVIEWER_NAME);
        browser.get(url("/review/indicators"));
        assertThat(h1()).isEqualTo("Indicator periods waiting for approval");
        var rows = browser.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> cells(r).get(0).equals("MINUSCA") && cells(r).get(1).equals(PERIOD)).toList();
        assertThat(rows).hasSize(1);
        assertThat(cells(rows.get(0)).get(2)).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d\\d:\\d\\d");

        clickAndWait(rows.get(0).findElement(By.linkText(PERIOD)));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(ENTRY));
        assertThat(periodState()).isEqualTo("Submitted for approval");
        assertThat(value("v-" + TOTAL)).isEqualTo("40");
        assertThat(value("v-" + MET)).isEqualTo("39");
        assertThat(value("n-" + TOTAL)).isEqualTo(TOTAL_COMMENT);
        assertThat(gridInputs()).allMatch(i -> !i.isEnabled());

        clickAndWait(browser.findElement(By.id("approve-period")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(ENTRY));
        assertThat(periodState()).isEqualTo("Approved (locked)");
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Approved: the period is locked and its values are public.");
        assertThat(gridInputs()).isNotEmpty().allMatch(i -> !i.isEnabled());
        assertThat(browser.findElements(By.id("approve-period"))).isEmpty();
        assertThat(browser.findElements(By.id("save-values"))).isEmpty();

        browser.get(url("/review/indicators"));
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain(PERIOD);
    }

    @Test
    @Order(5)
    void theFocalPointCannotChangeTheApprovedPeriod() {
        signOut();
        signIn(FOCAL_POINT, FOCAL_POINT_NAME);
        browser.get(url(ENTRY));
        assertThat(periodState()).isEqualTo("Approved (locked)");
        assertThat(gridInputs()).hasSize(6).allMatch(i -> !i.isEnabled());
        assertThat(value("v-" + TOTAL)).isEqualTo("40");
        assertThat(value("v-" + MET)).isEqualTo("39");
        assertThat(browser.findElements(By.id("save-values"))).isEmpty();
        assertThat(browser.findElements(By.id("submit-period"))).isEmpty();

        // forcing the disabled form open and posting it (with its CSRF token) is refused by the server
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.getElementById(arguments[0]).form;
                form.querySelectorAll('input[disabled]').forEach(i => i.disabled = false);
                document.getElementById(arguments[0]).value = '41';
                window.forced = form;""", "v-" + TOTAL);
        var page = browser.findElement(By.tagName("html"));
        ((JavascriptExecutor) browser).executeScript("window.forced.submit()");
        waitUntilGone(page);
        // the grid answers with the reason, nothing saved
        assertThat(main()).contains("is approved and locked: an administrator can unlock it with a reason")
                .doesNotContain("values saved");

        browser.get(url(ENTRY));
        assertThat(periodState()).isEqualTo("Approved (locked)");
        assertThat(value("v-" + TOTAL)).isEqualTo("40");
    }

    @Test
    @Order(6)
    void thePublicFigureOf2026NowIncludesTheApprovedQuarter() throws Exception {
        signOut();
        browser.get(url(COMPLIANCE));
        assertThat(main()).doesNotContain("Includes provisional values");
        String figure = computed(2026);
        assertThat(figure).isNotEqualTo(figureBefore)
                .isEqualTo(percent(metBefore.add(BigDecimal.valueOf(39)), totalBefore.add(BigDecimal.valueOf(40))));
        assertThat(chartPointTitles()).filteredOn(t -> t.startsWith("2026:")).containsExactly("2026: " + figure);

        var q3 = valuesCsv("CASEVAC_TOTAL").stream().filter(r -> r.get("period").equals(PERIOD)).toList();
        assertThat(q3).hasSize(1);
        assertThat(q3.get(0).toMap()).containsEntry("indicator", "CASEVAC_TOTAL").containsEntry("reporter", "MINUSCA")
                .containsEntry("disaggregation", "_T").containsEntry("value", "40").containsEntry("note", TOTAL_COMMENT)
                .containsEntry("status", "approved").containsEntry("sample", "");
        // the raw text too, as a spreadsheet would read it
        assertThat(csvText("CASEVAC_TOTAL").lines()).anyMatch(l -> l.contains(PERIOD) && l.contains(",40,"));
    }

    // ---------------------------------------------------------------------------------------------





    private String periodState() {
        return browser.findElement(By.id("period-state")).getText();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The value, not-applicable and note inputs of the grid. */
    private List<WebElement> gridInputs() {
        return browser.findElements(By.cssSelector("table.grid input"));
    }

    /** The messages shown beside a cell's value. */
    private List<String> problemsBeside(String key) {
        return browser.findElements(By.xpath("//input[@id='v-" + key + "']/following-sibling::p[@class='field-error']"))
                .stream().map(WebElement::getText).toList();
    }

    private static String jump(BigDecimal before, String after) {
        BigDecimal change = new BigDecimal(after).subtract(before).abs().multiply(BigDecimal.valueOf(100))
                .divide(before, 1, RoundingMode.HALF_UP);
        return "changes by " + change.toPlainString() + "% from the previous period (" + before.toPlainString() + " → " + after
                + "): add a comment to confirm it";
    }

    private WebElement seriesRow(int year) {
        var rows = browser.findElements(By.xpath("//table[@id='series-table']/tbody/tr[th/span[1][normalize-space()='" + year + "']]"));
        assertThat(rows).as("rows of %s", year).hasSize(1);
        return rows.get(0);
    }

    /** The "Computed" column of a year in the series table. */
    private String computed(int year) {
        return seriesRow(year).findElement(By.xpath("td[1]")).getText();
    }

    private List<String> chartPointTitles() {
        return browser.findElements(By.cssSelector("#indicator-chart svg circle > title")).stream()
                .map(t -> t.getAttribute("textContent")).toList();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** A share as the page shows it: the ratio of sums to 6 decimals, as a percentage to 2. */
    /** As the page shows a percentage: computed to two decimals, shown with one and its sign. */
    private static String percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 6, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static BigDecimal sum(List<CSVRecord> records) {
        return records.stream().map(r -> new BigDecimal(r.get("value"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<CSVRecord> quartersOf2026(String indicator) throws IOException, InterruptedException {
        return valuesCsv(indicator).stream().filter(r -> r.get("period").startsWith("2026-")).toList();
    }

    /** MINUSCA's values of an indicator from the public CSV, read anonymously outside the browser. */
    private List<CSVRecord> valuesCsv(String indicator) throws IOException, InterruptedException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText(indicator))).getRecords();
    }

    private String csvText(String indicator) throws IOException, InterruptedException {
        var response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/indicator-values.csv?indicator=" + indicator
                + "&reporter=MINUSCA"))).timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        return response.body();
    }




}
