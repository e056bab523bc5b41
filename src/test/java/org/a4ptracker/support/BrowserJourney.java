package org.a4ptracker.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A user journey in one real Chromium, in ordered steps sharing the browser: once a step fails
 * the later ones are skipped rather than failing for someone else's reason. Subclasses are
 * {@code @SpringBootTest(RANDOM_PORT)}, {@code PER_CLASS} and ordered.
 */
public abstract class BrowserJourney {

    protected static final String PASSWORD = "sample-password-2026";

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait wait;
    private boolean aStepFailed;

    @RegisterExtension
    final TestWatcher stopAfterAFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            aStepFailed = true;
        }
    };

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void previousStepsPassed() {
        assumeFalse(aStepFailed, "an earlier step of the journey failed");
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    protected String main() {
        return browser.findElement(By.id("main")).getText();
    }

    /** The account menu's words, also where a phone-width layout folds the menu away (so not getText()). */
    protected String accountNav() {
        String text = browser.findElement(By.cssSelector("nav.account")).getDomProperty("textContent");
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** The HTTP status of the page now shown, as the browser received it. */
    protected long responseStatus() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus");
    }

    /**
     * Waits until {@code old} has left the document. ChromeDriver sometimes reports a node that is
     * going away as "does not belong to the document" instead of stale: both mean gone.
     */
    protected void waitUntilGone(WebElement old) {
        wait.until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    protected void clickAndWait(WebElement element) {
        var page = browser.findElement(By.tagName("html"));
        element.click();
        waitUntilGone(page);
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Cuts the connection, or gives it back (DevTools network conditions): a field link that drops mid-entry. */
    protected void connection(boolean up) {
        Browser.offline(browser, !up);
    }

    /** What keep.js holds in this browser for the form with this data-keep key (null when nothing). */
    protected String kept(String key) {
        return (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem(arguments[0])", "a4p-keep:" + key);
    }

    /** The notice of a form that keeps what was typed, once it shows. */
    protected WebElement keepNotice(String startingWith) {
        return wait.until(d -> {
            var notice = d.findElement(By.cssSelector("[data-keep-notice]"));
            return notice.isDisplayed() && notice.getText().startsWith(startingWith) ? notice : null;
        });
    }

    protected void signIn(String email, String displayName) {
        browser.get(url("/login?lang=en"));
        assertThat(h1()).isEqualTo("Sign in");
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(accountNav()).contains(displayName, "Sign out").doesNotContain("Sign in");
    }

    protected void signOut() {
        clickAndWait(browser.findElement(By.xpath("//nav[@class='account']//button[normalize-space()='Sign out']")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/?signedout"));
        assertThat(accountNav()).contains("Sign in").doesNotContain("Sign out", "Sample ");
    }
}
