package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.a4ptracker.support.Browser;
import org.a4ptracker.support.BrowserJourney;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Search as a reader and a focal point would use it in Chromium: the header's box (in the menu on a phone), results
 * grouped with marked words,
 * the type-ahead of the search page (its script loaded there only), and the commitment suggestions of the action
 * form, which tick nothing: the focal point ticks, saves, and then finds the draft, which the public does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-search-journey;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchBrowserIT extends BrowserJourney {

    private static final String MARKER = "Glimmerwick";

    private List<String> scriptsLoaded() {
        @SuppressWarnings("unchecked")
        var names = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.js'))");
        return names;
    }

    @Test
    @Order(1)
    void theHeaderBoxSearchesFromAnyPage() {
        browser.get(url("/?lang=en"));
        assertThat(scriptsLoaded()).noneMatch(n -> n.contains("typeahead"));
        var box = browser.findElement(By.id("site-q"));
        box.sendKeys("protection of civilians");
        var page = browser.findElement(By.tagName("html"));
        box.sendKeys(Keys.ENTER);
        waitUntilGone(page);
        assertThat(h1()).isEqualTo("Search");
        assertThat(browser.findElement(By.id("group-commitment")).getText()).contains("Commitment 14:");
        assertThat(browser.findElements(By.cssSelector("#group-commitment mark"))).extracting(WebElement::getText).contains("protection");
        assertThat(scriptsLoaded()).anyMatch(n -> n.matches(".*/js/typeahead-[0-9a-f]{32}\\.js"));
    }

    @Test
    @Order(2)
    void onAPhoneTheBoxIsInTheMenu() {
        Browser.phone(browser, 320);
        try {
            browser.get(url("/stakeholders?lang=en"));
            var box = browser.findElement(By.id("site-q"));
            assertThat(box.isDisplayed()).isFalse();
            browser.findElement(By.cssSelector(".menu > summary")).click();
            assertThat(box.isDisplayed()).isTrue();
            box.sendKeys("Ghana");
            var page = browser.findElement(By.tagName("html"));
            box.sendKeys(Keys.ENTER);
            waitUntilGone(page);
            assertThat(browser.findElement(By.id("group-stakeholder")).getText()).contains("Ghana");
            assertThat(((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isEqualTo(true);
        } finally {
            Browser.desktop(browser);
        }
        browser.get(url("/search?q=protection+of+civilians&lang=en"));
    }

    @Test
    @Order(3)
    void typeAheadListsNamesAndLeadsToThem() {
        var box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys("MINUS");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#q-suggestions a")));
        assertThat(browser.findElement(By.id("q-suggestions")).getText()).contains("MINUSCA");
        box.sendKeys(Keys.ARROW_DOWN);
        var first = browser.switchTo().activeElement();
        assertThat(first.getTagName()).isEqualTo("a");
        String target = first.getAttribute("href");
        clickAndWait(first);
        assertThat(browser.getCurrentUrl()).isEqualTo(target);
        assertThat(browser.getCurrentUrl()).contains("/missions/MIN");
    }

    @Test
    @Order(4)
    void suggestionsProposeAndTheFocalPointChooses() {
        signIn("focal.point@example.org", "Sample Focal Point, Ghana");
        browser.get(url("/workspace/GHA/actions/new"));
        browser.findElement(By.id("title")).sendKeys(MARKER + " course on sexual exploitation and abuse");
        browser.findElement(By.id("description")).sendKeys("Zero tolerance training with a victim-centred approach for all commanders.");
        clickAndWait(browser.findElement(By.id("suggest-commitments")));
        var suggestions = browser.findElement(By.id("commitment-suggestions"));
        assertThat(suggestions.getText()).contains("Commitment 41", "proposals only");
        assertThat(browser.findElements(By.cssSelector("input[name=commitments]:checked"))).isEmpty();
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).startsWith(MARKER);
        var box41 = browser.findElement(By.id("c41"));
        assertThat(box41.isDisplayed()).isTrue();
        box41.click();
        clickAndWait(browser.findElement(By.id("save-action")));
        assertThat(browser.getCurrentUrl()).contains("saved");
    }

    @Test
    @Order(5)
    void theFocalPointFindsTheDraftAndThePublicDoesNot() {
        browser.get(url("/search?q=" + MARKER));
        assertThat(browser.findElement(By.id("group-draft")).getText()).contains(MARKER, "Draft");
        signOut();
        browser.get(url("/search?q=" + MARKER));
        assertThat(browser.findElements(By.id("group-draft"))).isEmpty();
        assertThat(main()).contains("Nothing public matches");
    }
}
