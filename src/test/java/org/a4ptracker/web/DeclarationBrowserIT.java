package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.a4ptracker.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader's journeys through the Declaration in a real headless Chromium. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclarationBrowserIT {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    @Test
    void homeToAreaToCommitmentThenInFrench() {
        browser.get(url("/?lang=en"));
        assertThat(h1()).isEqualTo("Declaration of Shared Commitments on UN Peacekeeping Operations");

        browser.findElement(By.linkText("5. Performance and accountability")).click();
        wait.until(ExpectedConditions.urlToBe(url("/areas/5")));
        assertThat(h1()).isEqualTo("5. Performance and accountability");
        assertThat(browser.findElements(By.cssSelector("ol.commitments > li"))).hasSize(12);

        browser.findElement(By.linkText("Commitment 23")).click();
        wait.until(ExpectedConditions.urlToBe(url("/commitments/23")));
        assertThat(browser.findElement(By.cssSelector("blockquote.commitment-text")).getText())
                .isEqualTo("[The Secretary-General commits] to provide effective field support to peacekeeping operations");

        browser.findElement(By.linkText("Français")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Engagement 23"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector(".site-nav")).getText()).contains("Parties prenantes", "Adhésions");
        // the language sticks across pages
        browser.findElement(By.linkText("Déclaration")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Déclaration d’engagements communs sur les opérations de maintien de la paix des Nations Unies"));
        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Declaration of Shared Commitments on UN Peacekeeping Operations"));
    }

    @Test
    void endorsementMapAndChartRender() {
        browser.get(url("/endorsements?lang=en"));
        var map = browser.findElement(By.cssSelector("#endorsement-map svg"));
        assertThat(map.getRect().getWidth()).isGreaterThan(500);
        assertThat(map.getRect().getHeight()).isGreaterThan(150);
        assertThat(browser.findElements(By.cssSelector("#endorsement-map use.endorsed")).size()).isGreaterThan(100);
        assertThat(browser.findElements(By.cssSelector("#endorsement-map use.not-endorsed")).size()).isGreaterThan(10);
        // the outlines come from the static sprite (one request, kept a year): the browser drew them, in the colour of the status
        var brazil = browser.findElement(By.cssSelector("#endorsement-map use[href$='#n076']"));
        assertThat(brazil.getAttribute("href")).matches(".*/img/world-[0-9a-f]{32}\\.svg#n076");
        assertThat(brazil.getRect().getWidth()).as("Brazil drawn from the sprite").isGreaterThan(20);
        assertThat(brazil.getRect().getHeight()).isGreaterThan(20);
        assertThat(brazil.getCssValue("fill")).isIn("rgb(11, 90, 140)", "rgb(233, 185, 73)");
        var bars = browser.findElements(By.cssSelector("#endorsement-chart .bar"));
        assertThat(bars).as("one bar per sourced count").hasSize(3);
        assertThat(bars.get(0).getRect().getWidth()).isGreaterThan(50);
        assertThat(browser.findElements(By.cssSelector("#endorsement-chart .hbar-tick"))).extracting(e -> e.getText())
                .allMatch(t -> t.matches("[0-9,]+") && Integer.parseInt(t.replace(",", "")) % 10 == 0);
        assertThat(browser.findElements(By.cssSelector("#counts-table tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.cssSelector("#counts-table tbody tr:nth-child(2)")).getText())
                .contains("Not reported", "152");

        // the list pages in place with htmx
        browser.findElement(By.cssSelector("#list a[rel=next]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#list .status"), "Page 2 of 4"));
    }

    @Test
    void stakeholderSearchFiltersAsYouType() {
        browser.get(url("/stakeholders?lang=en"));
        assertThat(browser.findElement(By.cssSelector("#results .meta")).getText()).isEqualTo("222 stakeholders");
        browser.findElement(By.id("q")).sendKeys("france");
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#results .meta"), "1 stakeholder"));
        assertThat(browser.findElement(By.cssSelector("#results tbody")).getText()).contains("France");
        wait.until(ExpectedConditions.urlContains("q=france"));
        browser.findElement(By.linkText("France")).click();
        wait.until(ExpectedConditions.urlToBe(url("/stakeholders/FRA")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Security Council member", "2018–2026");
    }

    @Test
    void fromTheOverviewToACommitmentWithItsEvidenceAndADownload() throws Exception {
        browser.get(url("/overview?lang=en"));
        assertThat(h1()).isEqualTo("Progress overview");
        assertThat(browser.findElements(By.cssSelector("#overview-chart .bar"))).hasSize(8);
        assertThat(browser.findElement(By.cssSelector("#overview-chart")).getText()).contains("2. Women, peace and security");
        assertThat(browser.findElements(By.cssSelector("#actions-per-area tbody tr"))).hasSize(8);
        browser.findElement(By.linkText("2. Women, peace and security")).click();
        wait.until(ExpectedConditions.urlToBe(url("/areas/2")));
        browser.findElement(By.linkText("Commitment 12")).click();
        wait.until(ExpectedConditions.urlToBe(url("/commitments/12")));
        assertThat(browser.findElement(By.id("perception")).getText()).contains("Sample perception survey 2025", "Change since");
        assertThat(browser.findElement(By.id("indicators")).getText()).contains("Women's share of uniformed personnel");
        browser.get(url("/overview"));
        String csv = browser.findElement(By.cssSelector("a[href$='actions-per-area.csv']")).getAttribute("href");
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(csv)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("area,cycle,published_actions");
        assertThat(response.body().lines().count()).isEqualTo(1 + 8 * 9);
    }

    @Test
    void theFirstTabReachesTheSkipLink() {
        browser.get(url("/?lang=en"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        Object focused = ((JavascriptExecutor) browser).executeScript("return document.activeElement.textContent");
        assertThat(focused).isEqualTo("Skip to content");
    }
}
