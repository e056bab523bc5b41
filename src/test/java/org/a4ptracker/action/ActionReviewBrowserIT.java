package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.a4ptracker.support.BrowserJourney;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review journey of an action in a real headless Chromium: a focal point writes an action and
 * submits it, a reviewer returns it with a reason, the focal point revises and resubmits it, the
 * reviewer publishes it, and only then does the public see it; its history shows every step.
 *
 * <p>The steps are ordered and share one browser and the action's address; once a step fails the
 * later ones are skipped rather than failing for a reason that is not theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-review-journey;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionReviewBrowserIT extends BrowserJourney {

    private static final String FOCAL_POINT = "focal.point@example.org";
    private static final String REVIEWER = "reviewer@example.org";
    private static final String REASON = "Please add the number of personnel trained.";

    /** Unique to this run, so that nothing else on a page can be mistaken for the journey's action. */
    private static final String MARKER = "Journey action " + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    private static final String TITLE = MARKER + ": civilian protection course";
    private static final String DESCRIPTION = "A pre-deployment course on protecting civilians for one infantry battalion.";
    private static final String EDITED_TITLE = MARKER + ": civilian protection training";
    private static final String EDITED_DESCRIPTION =
            "A pre-deployment course on protecting civilians for 120 personnel of one infantry battalion.";
    private static final String EVIDENCE = "https://example.org/journey/course-report";


    /** The journey's action, e.g. /actions/123, once step 1 has created it. */
    private String actionPath;





    @Test
    @Order(1)
    void theFocalPointWritesADraftAndKeepsHerTextAfterAMistake() {
        signIn(FOCAL_POINT, "Sample Focal Point, Ghana");
        assertThat(accountNav()).contains("My workspace").doesNotContain("Review", "Administration");

        clickAndWait(browser.findElement(By.linkText("My workspace")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA"));
        assertThat(h1()).isEqualTo("Workspace of Ghana");
        assertThat(main()).doesNotContain(MARKER);

        clickAndWait(browser.findElement(By.id("new-action")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA/actions/new"));
        assertThat(h1()).isEqualTo("New action of Ghana");
        String cycle = new Select(browser.findElement(By.id("reportingCycle"))).getFirstSelectedOption().getText();
        assertThat(cycle).matches("20\\d\\d");

        // first attempt: the end date is before the start date
        browser.findElement(By.id("title")).sendKeys(TITLE);
        browser.findElement(By.id("description")).sendKeys(DESCRIPTION);
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("Completed");
        setDate("startDate", "2026-03-31");
        setDate("endDate", "2026-01-15");
        checkCommitment(13);
        checkCommitment(14);
        browser.findElement(By.id("evidenceLinks")).sendKeys(EVIDENCE);
        clickAndWait(browser.findElement(By.id("save-action")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA/actions"));
        assertThat(h1()).isEqualTo("New action of Ghana");
        // the GOV.UK error summary: focused, a link to the field, the field marked and described, "Error:" in the title
        assertThat(browser.getTitle()).isEqualTo("Error: New action · A4P Tracker");
        var summary = browser.findElement(By.id("error-summary"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.getText()).isEqualTo("There is a problem\n"
                + "One field needs attention: see the messages beside them. Nothing you typed was lost.\n"
                + "the end date is before the start date");
        assertThat(summary.findElement(By.linkText("the end date is before the start date")).getAttribute("href")).endsWith("#endDate");
        assertThat(browser.findElement(By.xpath("//label[@for='endDate']/span[@class='field-error']")).getText())
                .isEqualTo("the end date is before the start date");
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
        assertThat(browser.findElement(By.id("endDate")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("endDate")).getAttribute("aria-describedby")).isEqualTo("endDate-error");
        assertThat(browser.findElement(By.id("startDate")).getAttribute("aria-invalid")).isNull();
        // nothing typed was lost
        assertThat(value("title")).isEqualTo(TITLE);
        assertThat(value("description")).isEqualTo(DESCRIPTION);
        assertThat(value("startDate")).isEqualTo("2026-03-31");
        assertThat(value("endDate")).isEqualTo("2026-01-15");
        assertThat(value("evidenceLinks")).isEqualTo(EVIDENCE);
        assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getText()).isEqualTo("Completed");
        assertThat(new Select(browser.findElement(By.id("reportingCycle"))).getFirstSelectedOption().getText()).isEqualTo(cycle);
        assertThat(browser.findElement(By.id("c13")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("c14")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("c12")).isSelected()).isFalse();

        // corrected, it saves as a draft
        setDate("endDate", "2026-06-30");
        clickAndWait(browser.findElement(By.id("save-action")));

        assertThat(browser.getCurrentUrl()).matches(url("/actions/\\d+\\?saved"));
        actionPath = browser.getCurrentUrl().substring(url("").length()).replace("?saved", "");
        assertThat(h1()).isEqualTo(TITLE);
        assertThat(state()).isEqualTo("Draft");
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Saved as a draft. Submit it for review when it is ready.");
        assertThat(fact("Status")).isEqualTo("Completed");
        assertThat(fact("Reporting cycle")).isEqualTo(cycle);
        assertThat(fact("Dates")).isEqualTo("2026-03-31 – 2026-06-30");
        assertThat(fact("Commitments")).isEqualTo("Commitment 13, Commitment 14");
        assertThat(fact("Reported by")).isEqualTo("Ghana");
        assertThat(fact("Version shown")).startsWith("Version 1, by Sample Focal Point, Ghana, ");
        assertThat(browser.findElement(By.cssSelector("main .description")).getText()).isEqualTo(DESCRIPTION);
        assertThat(browser.findElement(By.linkText(EVIDENCE)).getAttribute("href")).isEqualTo(EVIDENCE);
        assertThat(browser.findElements(By.id("action-reason"))).isEmpty();
    }

    @Test
    @Order(2)
    void theFocalPointSubmitsIt() {
        browser.get(url(actionPath));
        assertThat(state()).isEqualTo("Draft");
        assertThat(browser.findElement(By.id("submit-action")).getText()).isEqualTo("Submit for review");

        clickAndWait(browser.findElement(By.id("submit-action")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath));
        assertThat(state()).isEqualTo("Submitted for review");
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Submitted. A reviewer will publish it or return it to you with a reason.");
        // with the reviewer now: neither editable nor submittable
        assertThat(browser.findElements(By.id("submit-action"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Edit"))).isEmpty();
        assertThat(browser.findElements(By.linkText("History"))).hasSize(1);

        browser.get(url("/workspace/GHA"));
        assertThat(workspaceRow(TITLE).findElement(By.cssSelector(".badge")).getText()).isEqualTo("Submitted for review");
    }

    @Test
    @Order(3)
    void theUnpublishedActionIsInvisibleToTheAnonymousReader() {
        signOut();

        browser.get(url(actionPath));
        assertThat(responseStatus()).isEqualTo(404);
        assertThat(h1()).isEqualTo("Page not found");
        assertThat(main()).contains("There is nothing at this address.").doesNotContain(MARKER);
        assertThat(browser.getTitle()).doesNotContain(MARKER);

        browser.get(url("/commitments/13"));
        assertThat(responseStatus()).isEqualTo(200);
        assertThat(h1()).isEqualTo("Commitment 13");
        assertThat(browser.findElement(By.id("published-actions")).getText()).doesNotContain(MARKER);

        browser.get(url("/actions?commitment=13"));
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain(MARKER);

        // its history is for signed-in people only
        browser.get(url(actionPath + "/history"));
        wait.until(ExpectedConditions.urlToBe(url("/login")));
        assertThat(main()).doesNotContain(MARKER);
    }

    @Test
    @Order(4)
    void theReviewerReturnsItWithAReason() {
        signIn(REVIEWER, "Sample Reviewer (Secretariat)");
        assertThat(accountNav()).contains("Review").doesNotContain("My workspace");

        clickAndWait(browser.findElement(By.linkText("Review")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review"));
        assertThat(h1()).isEqualTo("Review queue");
        var row = tableRow(By.cssSelector("#results tbody tr"), TITLE);
        var cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(1).getText()).isEqualTo("Ghana");
        assertThat(cells.get(2).getText()).isEqualTo("13, 14");
        assertThat(cells.get(3).getText()).matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d\\d:\\d\\d");

        clickAndWait(row.findElement(By.linkText(TITLE)));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath.replace("/actions/", "/review/")));
        assertThat(h1()).isEqualTo("Review: " + TITLE);
        assertThat(browser.findElement(By.cssSelector("main .badge")).getText()).isEqualTo("Submitted for review");
        assertThat(browser.findElement(By.cssSelector("main .description")).getText()).isEqualTo(DESCRIPTION);
        assertThat(main()).contains("Commitments: 13, 14");
        assertThat(browser.findElement(By.id("publish-action")).getText()).isEqualTo("Publish");

        browser.findElement(By.id("reason")).sendKeys(REASON);
        clickAndWait(browser.findElement(By.id("return-action")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath));
        assertThat(state()).isEqualTo("Returned");
        assertThat(browser.findElement(By.id("action-reason")).getText()).isEqualTo(REASON);
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Returned to the focal point with your reason.");
        // a reviewer does not edit a focal point's text
        assertThat(browser.findElements(By.linkText("Edit"))).isEmpty();

        browser.get(url("/review"));
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain(MARKER);
        signOut();
    }

    @Test
    @Order(5)
    void theFocalPointSeesTheReasonRevisesAndSubmitsAgain() {
        signIn(FOCAL_POINT, "Sample Focal Point, Ghana");
        clickAndWait(browser.findElement(By.linkText("My workspace")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA"));
        var row = workspaceRow(TITLE);
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("Returned");
        assertThat(row.findElement(By.cssSelector(".meta")).getText()).isEqualTo(REASON);

        clickAndWait(row.findElement(By.linkText(TITLE)));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath));
        assertThat(state()).isEqualTo("Returned");
        assertThat(browser.findElement(By.id("action-reason")).getText()).isEqualTo(REASON);
        assertThat(browser.findElements(By.id("submit-action"))).isEmpty();

        clickAndWait(browser.findElement(By.linkText("Edit")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath + "/edit"));
        assertThat(h1()).isEqualTo("Edit");
        assertThat(value("title")).isEqualTo(TITLE);
        assertThat(value("description")).isEqualTo(DESCRIPTION);
        assertThat(browser.findElement(By.id("c13")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("c14")).isSelected()).isTrue();
        replace("title", EDITED_TITLE);
        replace("description", EDITED_DESCRIPTION);
        clickAndWait(browser.findElement(By.id("save-action")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath + "?saved"));
        assertThat(h1()).isEqualTo(EDITED_TITLE);
        assertThat(state()).isEqualTo("Draft");
        assertThat(browser.findElements(By.id("action-reason"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("main .description")).getText()).isEqualTo(EDITED_DESCRIPTION);
        assertThat(fact("Version shown")).startsWith("Version 2, by Sample Focal Point, Ghana, ");
        assertThat(fact("Commitments")).isEqualTo("Commitment 13, Commitment 14");

        clickAndWait(browser.findElement(By.id("submit-action")));
        assertThat(state()).isEqualTo("Submitted for review");
        signOut();
    }

    @Test
    @Order(6)
    void theReviewerPublishesIt() {
        signIn(REVIEWER, "Sample Reviewer (Secretariat)");
        clickAndWait(browser.findElement(By.linkText("Review")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review"));
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain(TITLE);
        var row = tableRow(By.cssSelector("#results tbody tr"), EDITED_TITLE);

        clickAndWait(row.findElement(By.linkText(EDITED_TITLE)));
        assertThat(h1()).isEqualTo("Review: " + EDITED_TITLE);
        assertThat(browser.findElement(By.cssSelector("main .description")).getText()).isEqualTo(EDITED_DESCRIPTION);
        clickAndWait(browser.findElement(By.id("publish-action")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath));
        assertThat(state()).isEqualTo("Published");
        assertThat(browser.findElement(By.cssSelector("p.notice[role=status]")).getText())
                .isEqualTo("Published: the action is now public.");
        assertThat(browser.findElements(By.id("action-reason"))).isEmpty();

        browser.get(url("/review"));
        assertThat(browser.findElement(By.id("results")).getText()).doesNotContain(MARKER);
        signOut();
    }

    @Test
    @Order(7)
    void theAnonymousReaderNowSeesThePublishedText() {
        assertThat(accountNav()).contains("Sign in").doesNotContain("Sign out");

        browser.get(url("/commitments/13"));
        var section = browser.findElement(By.id("published-actions"));
        assertThat(section.getText()).contains(EDITED_TITLE).doesNotContain(TITLE);
        var link = section.findElement(By.linkText(EDITED_TITLE));
        assertThat(link.getAttribute("href")).isEqualTo(url(actionPath));

        clickAndWait(link);
        assertThat(responseStatus()).isEqualTo(200);
        assertThat(h1()).isEqualTo(EDITED_TITLE);
        assertThat(state()).isEqualTo("Published");
        assertThat(browser.findElement(By.cssSelector("main .description")).getText()).isEqualTo(EDITED_DESCRIPTION);
        assertThat(fact("Commitments")).isEqualTo("Commitment 13, Commitment 14");
        assertThat(fact("Dates")).isEqualTo("2026-03-31 – 2026-06-30");
        assertThat(fact("Version shown")).startsWith("Version 2, by Sample Focal Point, Ghana, ");
        assertThat(main()).doesNotContain(DESCRIPTION, "Work on this action", REASON);
        assertThat(browser.findElements(By.id("submit-action"))).isEmpty();

        browser.get(url("/actions?commitment=14"));
        var results = browser.findElement(By.id("results"));
        assertThat(results.findElement(By.linkText(EDITED_TITLE)).getAttribute("href")).isEqualTo(url(actionPath));
        assertThat(results.getText()).doesNotContain(TITLE);
    }

    @Test
    @Order(8)
    void theHistoryShowsEveryStepWithTheReasonAndTheChangedWords() {
        signIn(FOCAL_POINT, "Sample Focal Point, Ghana");
        browser.get(url(actionPath));
        clickAndWait(browser.findElement(By.linkText("History")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url(actionPath + "/history"));
        assertThat(h1()).isEqualTo("History");

        var steps = browser.findElements(By.cssSelector("main ol.commitments > li"));
        assertThat(steps).extracting(s -> s.findElement(By.tagName("strong")).getText())
                .containsExactly("Created", "Submitted", "Returned", "Edited", "Submitted", "Published");
        assertThat(steps).extracting(s -> s.findElement(By.cssSelector(".badge")).getText())
                .containsExactly("Draft", "Submitted for review", "Returned", "Draft", "Submitted for review", "Published");
        assertThat(steps).extracting(s -> s.findElement(By.cssSelector("span.meta")).getText())
                .containsExactly("version 1", "version 1", "version 1", "version 2", "version 2", "version 2");
        assertThat(steps.get(0).getText()).contains("by Sample Focal Point, Ghana");
        assertThat(steps.get(2).getText()).contains("by Sample Reviewer (Secretariat)", "Reason given: " + REASON);
        assertThat(steps.get(5).getText()).contains("by Sample Reviewer (Secretariat)");
        assertThat(steps.get(1).getText()).doesNotContain("Reason given");

        // the first version is all new text
        assertThat(texts(steps.get(0), "ins")).containsExactly(TITLE, DESCRIPTION);
        assertThat(texts(steps.get(0), "del")).isEmpty();

        // the edit marks the removed and the added words, title and description apart
        var edit = steps.get(3);
        var diffs = edit.findElements(By.cssSelector("span.diff"));
        assertThat(diffs).hasSize(2);
        assertThat(texts(diffs.get(0), "del")).containsExactly("course");
        assertThat(texts(diffs.get(0), "ins")).containsExactly("training");
        assertThat(diffs.get(0).getText()).isEqualTo(MARKER + ": civilian protection coursetraining");
        assertThat(texts(diffs.get(1), "del")).isEmpty();
        assertThat(texts(diffs.get(1), "ins")).containsExactly("120 personnel of ");
        assertThat(edit.findElements(By.tagName("li"))).isEmpty(); // nothing else changed

        // workflow steps carry no diff
        for (int i : new int[] {1, 2, 4, 5}) {
            assertThat(steps.get(i).findElements(By.cssSelector("span.diff"))).isEmpty();
        }
    }

    // ---------------------------------------------------------------------------------------------





    private String state() {
        return browser.findElement(By.id("action-state")).getText();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    /** The text of the {@code <dd>} after the {@code <dt>} with this label, on an action's page. */
    private String fact(String label) {
        return browser.findElement(By.xpath("//dl[@class='facts']/dt[normalize-space()='" + label + "']/following-sibling::dd[1]"))
                .getText();
    }

    private static List<String> texts(WebElement in, String tag) {
        return in.findElements(By.tagName(tag)).stream().map(e -> e.getAttribute("textContent")).toList();
    }



    private void replace(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take keys in the browser's locale format; the value property is ISO in every locale. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
        assertThat(value(id)).isEqualTo(isoDate);
    }

    /** Opens the area's {@code <details>} by its summary, as a person would, then ticks the commitment. */
    private void checkCommitment(int number) {
        var details = browser.findElement(By.xpath("//details[.//input[@id='c" + number + "']]"));
        if (details.getAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
            wait.until(d -> details.getAttribute("open") != null);
        }
        var box = wait.until(ExpectedConditions.elementToBeClickable(By.id("c" + number)));
        box.click();
        assertThat(box.isSelected()).isTrue();
    }

    private WebElement workspaceRow(String title) {
        return tableRow(By.cssSelector("section[aria-labelledby=mine-h] tbody tr"), title);
    }

    private WebElement tableRow(By rows, String title) {
        var matching = browser.findElements(rows).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().startsWith(title)).toList();
        assertThat(matching).as("rows titled %s", title).hasSize(1);
        return matching.get(0);
    }


}
