package org.a4ptracker.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.a4ptracker.identity.CurrentUser;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A perception survey round from design to published results, in a real headless Chromium: a
 * reviewer creates a round for the Member States, adds a question of her own and opens it (the
 * questionnaire freezes, 193 single-use links are shown once); the focal point of Ghana answers
 * from the workspace, saves, signs out, comes back to find the answers kept and submits; four
 * more Member States answer (three through the service layer with fresh links, Kenya through its
 * public link page); the reviewer closes and publishes; the anonymous reader then sees the figures
 * of commitment 1 as computed by hand, a commitment answered by Ghana alone suppressed, the
 * response rate and the printable questionnaire with the added question.
 *
 * <p>The steps are ordered and share one browser and the round; once a step fails the later ones
 * are skipped rather than failing for a reason that is not theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-survey-journey;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBrowserIT extends BrowserJourney {

    private static final String FOCAL_POINT = "focal.point@example.org";
    private static final String FOCAL_POINT_NAME = "Sample Focal Point, Ghana";
    private static final String REVIEWER = "reviewer@example.org";
    private static final String REVIEWER_NAME = "Sample Reviewer (Secretariat)";

    /** Unique to this run, so that nothing else on a page can be mistaken for the journey's round. */
    private static final String TITLE = "Journey survey " + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
    private static final String CUSTOM_QUESTION = "Did you use the A4P guidance?";
    private static final String COMMENT = "Training centres in Accra now teach the protection of civilians.";
    private static final int MEMBER_STATES = 193;

    /** The server's clock is UTC (no Clock bean): "today" for the round is today in UTC. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate CLOSES = TODAY.plusDays(10);

    /** A date as an English page writes it ("Dec 15, 2026"). */
    private static String english(LocalDate date) {
        return org.a4ptracker.shared.Formats.date(date, java.util.Locale.ENGLISH);
    }

    /** Ghana's answers, commitment → level: 1–5 saved first, 6–10 after resuming. */
    private static final Map<Integer, String> GHANA_FIRST = ordered(1, "SIGNIFICANT", 2, "SIGNIFICANT", 3, "SIGNIFICANT", 4, "SOME", 5, "SOME");
    private static final Map<Integer, String> GHANA_THEN = ordered(6, "FULL", 7, "LITTLE", 8, "NONE", 9, "DONT_KNOW", 10, "SOME");


    @Autowired
    SurveyService surveys;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcClient jdbc;


    /** Set by step 1: the round's id and the links shown once when it opened, by stakeholder code. */
    private long roundId;
    private final Map<String, String> linksShown = new LinkedHashMap<>();





    @Test
    @Order(1)
    void theReviewerDesignsARoundAddsAQuestionAndOpensIt() {
        signIn(REVIEWER, REVIEWER_NAME);
        clickAndWait(browser.findElement(By.linkText("Surveys")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/surveys"));
        assertThat(h1()).isEqualTo("Perception surveys");
        assertThat(main()).doesNotContain(TITLE);

        clickAndWait(browser.findElement(By.id("new-round")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review/surveys/new"));
        assertThat(h1()).isEqualTo("New round");
        browser.findElement(By.id("title")).sendKeys(TITLE);
        setDate("opensOn", TODAY.toString());
        setDate("closesOn", CLOSES.toString());
        var memberStates = browser.findElement(By.id("g-MEMBER_STATES"));
        assertThat(memberStates.findElement(By.xpath("..")).getText()).isEqualTo("Member States");
        memberStates.click();
        assertThat(memberStates.isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("copyFrom"))).getFirstSelectedOption().getText())
                .isEqualTo("Generate it from the framework");
        clickAndWait(browser.findElement(By.id("create-round")));

        assertThat(browser.getCurrentUrl()).matches(url("/review/surveys/\\d+"));
        roundId = Long.parseLong(browser.getCurrentUrl().substring(url("/review/surveys/").length()));
        assertThat(h1()).isEqualTo(TITLE);
        assertThat(roundState()).isEqualTo("Being prepared");
        assertThat(main()).contains(TODAY + " – " + CLOSES);
        assertThat(questionnaireHeading()).isEqualTo("Questionnaire (135 questions)");
        assertThat(browser.findElements(By.id("inv-h"))).isEmpty();

        // a question of the reviewer's own, while the round is being prepared
        new Select(browser.findElement(By.id("kind"))).selectByVisibleText("Single choice");
        browser.findElement(By.id("qtext")).sendKeys(CUSTOM_QUESTION);
        browser.findElement(By.id("options")).sendKeys("Yes\nNo");
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Add the question']")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review/surveys/" + roundId));
        assertThat(browser.findElements(By.cssSelector("main p.error-box"))).isEmpty();
        assertThat(questionnaireHeading()).isEqualTo("Questionnaire (136 questions)");
        var questions = browser.findElements(By.xpath("//section[@aria-labelledby='q-h']/ol/li/span"));
        assertThat(questions).hasSize(136);
        assertThat(questions.get(0).getText()).isEqualTo("Commitment 1 — Perceived progress");
        assertThat(questions.get(1).getText()).isEqualTo("Commitment 1 — Comments");
        assertThat(questions.get(135).getText()).isEqualTo(CUSTOM_QUESTION);
        assertThat(jdbc.sql("select options from survey_question where round_id = ? and question_text = ?")
                .params(roundId, CUSTOM_QUESTION).query(String.class).single()).contains("Yes", "No");

        clickAndWait(browser.findElement(By.id("open-round")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review/surveys/" + roundId));
        assertThat(roundState()).isEqualTo("Open for answers");
        assertThat(browser.findElement(By.id("links-h")).getText()).isEqualTo("Invitation links (" + MEMBER_STATES + ")");
        String[] lines = browser.findElement(By.cssSelector("#invitation-links textarea")).getAttribute("value").split("\n");
        assertThat(lines).hasSize(MEMBER_STATES);
        for (String line : lines) {
            var m = java.util.regex.Pattern.compile("(.+) \\(([A-Z]{3})\\): " + java.util.regex.Pattern.quote(url("/respond/"))
                    + "([A-Za-z0-9_-]{20,})").matcher(line);
            assertThat(m.matches()).as("an invitation link line: %s", line).isTrue();
            linksShown.put(m.group(2), m.group(3));
        }
        assertThat(linksShown).hasSize(MEMBER_STATES).containsKeys("GHA", "KEN", "FRA", "BRA", "IND");
        assertThat(Arrays.stream(lines).filter(l -> l.startsWith("Ghana (GHA): "))).hasSize(1);
        assertThat(linksShown.values().stream().distinct()).hasSize(MEMBER_STATES);

        // frozen: the questionnaire can no longer change
        assertThat(browser.findElements(By.xpath("//button[normalize-space()='Add the question']"))).isEmpty();
        assertThat(browser.findElements(By.id("qtext"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//section[@aria-labelledby='q-h']//button"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=q-h] p.notice")).getText())
                .isEqualTo("The questionnaire is frozen while the round runs, so that answers stay comparable. Copy the round to change it.");
        assertThat(questionnaireHeading()).isEqualTo("Questionnaire (136 questions)");
        assertThat(browser.findElement(By.id("inv-h")).getText())
                .isEqualTo(MEMBER_STATES + " invitations, " + MEMBER_STATES + " not answered yet");
        assertThat(browser.findElements(By.id("open-round"))).isEmpty();
        assertThat(browser.findElement(By.id("close-round")).getText()).isEqualTo("Close the round");

        // the links are shown once only
        browser.get(url("/review/surveys/" + roundId));
        assertThat(roundState()).isEqualTo("Open for answers");
        assertThat(browser.findElements(By.id("invitation-links"))).isEmpty();
        signOut();
    }

    @Test
    @Order(2)
    void theFocalPointOfGhanaAnswersTheFirstAreaFromTheWorkspaceAndSaves() {
        signIn(FOCAL_POINT, FOCAL_POINT_NAME);
        clickAndWait(browser.findElement(By.linkText("My workspace")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA"));
        assertThat(workspaceBadge()).isEqualTo("Not started");

        openFromWorkspace();
        assertThat(responseState()).isEqualTo("Not started");
        assertThat(main()).contains("Answering for Ghana; the deadline is " + english(CLOSES) + ".");
        assertThat(browser.findElements(By.id("survey-closed"))).isEmpty();
        assertThat(browser.findElement(By.id("survey-progress")).getText()).isEqualTo("Area 1 of 8 · 0 of 45 commitments answered");
        // one area per step: commitments 1-9, each with its text, in English, marked so
        assertThat(browser.findElements(By.cssSelector("fieldset[id^=fs]"))).hasSize(9);
        String text1 = jdbc.sql("select official_text from commitment where number = 1").query(String.class).single();
        var quote = browser.findElement(By.id("ct" + questionId("PERCEPTION", 1)));
        assertThat(quote.getText()).isEqualTo(text1);
        assertThat(quote.findElement(By.tagName("span")).getAttribute("lang")).isEqualTo("en");
        var fieldset = browser.findElement(By.id("fs" + questionId("PERCEPTION", 1)));
        assertThat(fieldset.findElement(By.tagName("legend")).getText()).isEqualTo("Commitment 1: how much progress do you perceive?");
        assertThat(fieldset.findElements(By.cssSelector("input[type=radio]"))).extracting(e -> e.getAttribute("value"))
                .containsExactly("NONE", "LITTLE", "SOME", "SIGNIFICANT", "FULL", "DONT_KNOW");
        assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();

        GHANA_FIRST.forEach(this::choose);
        commentOf(1).sendKeys(COMMENT);
        clickAndWait(browser.findElement(By.id("save-response")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA/surveys/" + roundId + "?step=1&saved"));
        assertThat(browser.findElement(By.id("survey-notice")).getText()).startsWith("Saved at ").endsWith(
                "UTC. You can come back with the same link and continue until you submit.");
        assertThat(responseState()).isEqualTo("In progress");
        assertThat(browser.findElements(By.cssSelector("main p.error-box"))).isEmpty();
        assertAnswered(GHANA_FIRST);
        assertThat(commentOf(1).getAttribute("value")).isEqualTo(COMMENT);
    }

    @Test
    @Order(3)
    void sheComesBackFindsHerAnswersReviewsAndSubmitsOnPurpose() {
        signOut();
        signIn(FOCAL_POINT, FOCAL_POINT_NAME);
        clickAndWait(browser.findElement(By.linkText("My workspace")));
        assertThat(workspaceBadge()).isEqualTo("In progress");

        openFromWorkspace();
        assertAnswered(GHANA_FIRST);
        assertThat(commentOf(1).getAttribute("value")).isEqualTo(COMMENT);
        GHANA_THEN.forEach((c, level) -> {
            if (c <= 9) {
                choose(c, level);
            }
        });
        clickAndWait(browser.findElement(By.id("next")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA/surveys/" + roundId + "?step=2&saved"));
        assertThat(browser.findElement(By.id("survey-progress")).getText()).isEqualTo("Area 2 of 8 · 9 of 45 commitments answered");
        choose(10, GHANA_THEN.get(10));
        clickAndWait(browser.findElement(By.xpath("//nav[@class='steps']//button[normalize-space()='Review and submit']")));

        assertThat(browser.findElement(By.id("review-h")).getText()).isEqualTo("Review and submit");
        // 45 perception questions and the custom one; comments and concrete actions are optional
        assertThat(browser.findElement(By.id("review-summary")).getText())
                .isEqualTo("You answered 11 of 136 questions; 36 items are unanswered (comments and concrete actions are optional).");
        var unanswered = browser.findElements(By.cssSelector("#unanswered a"));
        assertThat(unanswered).hasSize(36);
        assertThat(unanswered.get(0).getText()).isEqualTo("Commitment 11");
        assertThat(unanswered.get(35).getText()).isEqualTo(CUSTOM_QUESTION);
        // not without ticking the confirmation
        assertThat(browser.findElement(By.id("confirm")).getAttribute("required")).isNotNull();
        browser.findElement(By.id("confirm")).click();
        assertThat(browser.findElement(By.xpath("//label[@for='confirm']")).getText())
                .isEqualTo("I submit this response with 36 items unanswered; it cannot be changed afterwards.");
        clickAndWait(browser.findElement(By.id("submit-response")));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA/surveys/" + roundId));
        assertThat(h1()).isEqualTo("Your response: " + TITLE);
        assertThat(browser.findElement(By.id("survey-notice")).getText()).isEqualTo("Thank you: the response is submitted.");
        assertThat(responseState()).isEqualTo("Submitted");
        assertThat(browser.findElement(By.id("receipt-meta")).getText()).startsWith("For Ghana, submitted on ")
                .endsWith("UTC: 11 of 136 questions answered.");
        assertThat(receipt()).containsEntry("Commitment 1 — Perceived progress", "Significant")
                .containsEntry("Commitment 1 — Comments", COMMENT).containsEntry("Commitment 9 — Perceived progress", "Don't know")
                .hasSize(11);
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();

        var stored = jdbc.sql("""
                select q.commitment_number, a.choice from survey_answer a
                join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id
                join stakeholder s on s.id = r.stakeholder_id
                where r.round_id = ? and s.code = 'GHA' and r.state = 'SUBMITTED' and q.kind = 'PERCEPTION'
                order by q.commitment_number
                """).params(roundId).query((rs, i) -> Map.entry(rs.getInt(1), rs.getString(2))).list();
        var expected = new LinkedHashMap<>(GHANA_FIRST);
        expected.putAll(GHANA_THEN);
        assertThat(stored).containsExactlyElementsOf(expected.entrySet());

        // the focal point finds the submitted response, and its receipt, in the workspace
        browser.get(url("/workspace/GHA"));
        assertThat(workspaceBadge()).isEqualTo("Submitted");
        openFromWorkspace();
        assertThat(h1()).isEqualTo("Your response: " + TITLE);
        signOut();
    }

    @Test
    @Order(4)
    void kenyaAnswersTheWholeRoundThroughItsLinkOnAPhoneWithCookiesPurgedHalfWay() {
        long reviewerId = jdbc.sql("select id from app_user where email = ?").params(REVIEWER).query(Long.class).single();
        var reviewer = new CurrentUser(reviewerId, REVIEWER, REVIEWER_NAME, false, true, Set.of());
        String perception1 = "q" + questionId("PERCEPTION", 1);
        Map<String, String> byService = new LinkedHashMap<>();
        byService.put("FRA", "FULL");
        byService.put("BRA", "SOME");
        byService.put("IND", "DONT_KNOW");
        byService.forEach((code, level) -> {
            long stakeholder = jdbc.sql("select id from stakeholder where code = ?").params(code).query(Long.class).single();
            String link = surveys.newLink(reviewer, roundId, stakeholder, false);
            assertThat(link).isNotEqualTo(linksShown.get(code));
            assertThat(responses.saveByLink(link, Map.of(perception1, new String[] {level}), null).problems()).as(code).isEmpty();
            assertThat(responses.submitByLink(link).submitted()).as(code).isTrue();
        });
        // a new link replaces the one shown when the round opened
        browser.get(url("/respond/" + linksShown.get("FRA")));
        assertThat(responseStatus()).isEqualTo(404);
        // a save through the replaced link is refused, and the page shows back what was typed, escaped
        var gone = postForm("/respond/" + linksShown.get("FRA"), perception1 + "=SOME&q999999=" + encode("Typed <b>before</b> the new link"));
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("This link no longer works", "Typed &lt;b&gt;before&lt;/b&gt; the new link")
                .doesNotContain("<b>before</b>");
        // a focal point's save after their session ended (no session, so no CSRF token): refused, and what was typed shown
        var ended = postForm("/workspace/GHA/surveys/" + roundId, "step=1&go=save&" + perception1 + "=SOME&q999999=" + encode("Written on the plane"));
        assertThat(ended.statusCode()).isEqualTo(403);
        assertThat(ended.body()).contains("Your session ended", "Written on the plane");

        browser.manage().window().setSize(new Dimension(390, 844));
        String kenya = url("/respond/" + linksShown.get("KEN"));
        browser.get(kenya);
        assertThat(responseStatus()).isEqualTo(200);
        assertThat(accountNav()).contains("Sign in").doesNotContain("Sign out");
        assertThat(main()).contains("Answering for Kenya; the deadline is " + english(CLOSES) + ".");
        var expected = new LinkedHashMap<String, String>();
        for (int area = 1; area <= 8; area++) {
            assertThat(browser.findElement(By.id("survey-progress")).getText()).startsWith("Area " + area + " of 8 · ");
            assertThat(noSidewaysScrolling()).as("area %d at 390 px", area).isTrue();
            for (int c : commitmentsOf(area)) {
                String level = c == 1 ? "LITTLE" : KENYA[c % KENYA.length];
                choose(c, level);
                expected.put("Commitment " + c + " — Perceived progress", LABELS.get(level));
            }
            if (area == 2) {
                // with JavaScript the step is also saved in the background, a moment after a change
                commentOf(10).sendKeys("Saved without pressing a button");
                expected.put("Commitment 10 — Comments", "Saved without pressing a button");
                wait.until(d -> d.findElement(By.id("save-status")).getText().startsWith("Saved "));
                browser.navigate().refresh();
                assertThat(commentOf(10).getAttribute("value")).isEqualTo("Saved without pressing a button");
                assertThat(browser.findElement(By.id("fs" + questionId("PERCEPTION", 12)))
                        .findElement(By.cssSelector("input:checked")).getAttribute("value")).isEqualTo(KENYA[12 % KENYA.length]);
            }
            if (area == 3) {
                // the connection drops as she changes an answer and saves: it stays in the browser, sent once it is back
                int c = commitmentsOf(area).get(0);
                String changed = "FULL".equals(expected.get("Commitment " + c + " — Perceived progress")) ? "NONE" : "FULL";
                connection(false);
                choose(c, changed);
                expected.put("Commitment " + c + " — Perceived progress", LABELS.get(changed));
                browser.findElement(By.id("save-response")).click();
                keepNotice("Not sent: there is no connection to the server.");
                String key = "/respond/" + linksShown.get("KEN") + "?step=3";
                assertThat(kept(key)).contains("\"" + changed + "\"", "[\"go\",\"save\"]");
                assertThat(kenyaAnswer(c)).isNotEqualTo(changed);
                connection(true);
                keepNotice("The connection is back");
                clickAndWait(browser.findElement(By.cssSelector("[data-keep-send]")));
                assertThat(kept(key)).isNull();
                assertThat(browser.findElement(By.id("survey-notice")).getText()).startsWith("Saved at ");
                assertThat(kenyaAnswer(c)).isEqualTo(changed);
            }
            if (area == 4) {
                // cookies gone (an expired session, a cleared browser): the link alone still saves
                browser.manage().deleteAllCookies();
            }
            clickAndWait(browser.findElement(By.id("next")));
            assertThat(browser.findElements(By.cssSelector("main p.error-box"))).as("area %d", area).isEmpty();
        }
        assertThat(h2Of("step-h")).isEqualTo("Other questions");
        browser.findElement(By.xpath("//fieldset[legend='" + CUSTOM_QUESTION + "']//label[normalize-space()='Yes']/input")).click();
        expected.put(CUSTOM_QUESTION, "Yes");
        clickAndWait(browser.findElement(By.id("next")));

        assertThat(browser.findElement(By.id("review-summary")).getText())
                .isEqualTo("You answered 47 of 136 questions; no item is left unanswered (comments and concrete actions are optional).");
        assertThat(noSidewaysScrolling()).isTrue();
        browser.findElement(By.id("confirm")).click();
        clickAndWait(browser.findElement(By.id("submit-response")));
        assertThat(browser.getCurrentUrl()).isEqualTo(kenya);
        assertThat(h1()).isEqualTo("Your response: " + TITLE);
        // every answer, read back from the receipt
        assertThat(receipt()).isEqualTo(expected);
        assertThat(noSidewaysScrolling()).isTrue();

        // the link shows the receipt again, and takes no more answers
        browser.get(kenya);
        assertThat(responseState()).isEqualTo("Submitted");
        assertThat(browser.findElements(By.cssSelector("main form"))).isEmpty();
        browser.manage().window().setSize(new Dimension(1280, 1000));
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = ? and state = 'SUBMITTED'")
                .params(roundId).query(Long.class).single()).isEqualTo(5L);
    }

    @Test
    @Order(5)
    void theReviewerClosesAndPublishesTheRound() {
        signIn(REVIEWER, REVIEWER_NAME);
        browser.get(url("/surveys"));
        var row = roundRow();
        assertThat(row.findElements(By.tagName("td")).get(2).getText()).isEqualTo("Open for answers");
        clickAndWait(row.findElement(By.linkText("Manage")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review/surveys/" + roundId));
        assertThat(roundState()).isEqualTo("Open for answers");
        assertThat(browser.findElement(By.id("inv-h")).getText())
                .isEqualTo(MEMBER_STATES + " invitations, " + (MEMBER_STATES - 5) + " not answered yet");
        assertThat(invitationState("Ghana")).isEqualTo("Submitted");
        assertThat(invitationState("Kenya")).isEqualTo("Submitted");
        assertThat(invitationState("Nigeria")).isEqualTo("Not started");

        clickAndWait(browser.findElement(By.id("close-round")));
        assertThat(browser.findElements(By.cssSelector("main p.error-box"))).isEmpty();
        assertThat(roundState()).isEqualTo("Closed");
        assertThat(browser.findElements(By.id("close-round"))).isEmpty();

        // reviewers see the results before they are public
        browser.get(url("/surveys/" + roundId + "/results"));
        assertThat(browser.findElement(By.cssSelector("main p.notice[role=note]")).getText())
                .isEqualTo("Not published yet: only reviewers see these results.");
        browser.navigate().back();
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/review/surveys/" + roundId));

        clickAndWait(browser.findElement(By.id("publish-round")));
        assertThat(browser.findElements(By.cssSelector("main p.error-box"))).isEmpty();
        assertThat(roundState()).isEqualTo("Published");
        assertThat(browser.findElements(By.id("publish-round"))).isEmpty();
        signOut();
    }

    @Test
    @Order(6)
    void theAnonymousReaderSeesTheResultsComputedByHandAndSuppressedUnderFive() {
        assertThat(accountNav()).contains("Sign in").doesNotContain("Sign out");
        browser.get(url("/surveys"));
        var row = roundRow();
        var cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(1).getText()).isEqualTo(TODAY + " – " + CLOSES);
        assertThat(cells.get(2).getText()).isEqualTo("Published");
        assertThat(row.findElements(By.linkText("Manage"))).isEmpty();
        assertThat(cells.get(0).findElements(By.cssSelector(".badge.sample"))).isEmpty();

        clickAndWait(row.findElement(By.linkText("Results")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/surveys/" + roundId + "/results"));
        assertThat(responseStatus()).isEqualTo(200);
        assertThat(h1()).isEqualTo("Results: " + TITLE);
        assertThat(browser.findElements(By.cssSelector("main p.notice[role=note]"))).isEmpty();
        // 5 / 193 = 0.0259 -> 2.6%
        assertThat(browser.findElement(By.id("response-rate")).getText())
                .isEqualTo("5 of " + MEMBER_STATES + " invited stakeholders answered (2.6%).");

        // Ghana's comment was never made public by a reviewer
        assertThat(browser.findElement(By.id("ft-h")).getText()).isEqualTo("Free-text answers (0)");
        assertThat(main()).doesNotContain(COMMENT);

        // by commitment, with each commitment's text, on the next page
        clickAndWait(browser.findElement(By.linkText("Results by commitment, with the text of each commitment")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/surveys/" + roundId + "/results/commitments"));
        assertThat(h1()).isEqualTo("Results by commitment: " + TITLE);
        // commitment 1: Ghana SIGNIFICANT 3, France FULL 4, Brazil SOME 2, India don't know, Kenya LITTLE 1:
        // 5 respondents, 4 scored, mean 10 / 4 = 2.50, significant or full 2 of 4 = 50%;
        // sample variance (4 * 30 - 10 * 10) / (4 * 3) = 5/3, t(3) = 3.182, half width 3.182 * sqrt(5/12) = 2.054:
        // 0.45 … 4.55, cut at the top of the scale: 4.00
        assertThat(commitmentCells(1)).containsExactly("5", "50%", "2.50", "0.45 … 4.00", "1", "None 0 · Little 1 · Some 1 · Significant 1 · Full 1", "Member States: 2.50;");
        // commitment 6: Ghana alone
        assertThat(commitmentCells(6)).containsExactly("fewer than 5", "—", "—", "—", "—", "—", "Member States: fewer than 5;");
        // commitment 2: Ghana alone too; commitment 11: nobody
        assertThat(commitmentCells(2).get(0)).isEqualTo("fewer than 5");
        assertThat(commitmentCells(11).get(0)).isEqualTo("fewer than 5");
        assertThat(browser.findElements(By.cssSelector("#commitment-results tbody tr"))).hasSize(45);
        assertThat(main()).doesNotContain(COMMENT);
        clickAndWait(browser.findElement(By.linkText(TITLE))); // the breadcrumb back to the round's results
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/surveys/" + roundId + "/results"));

        browser.get(url("/surveys"));
        clickAndWait(roundRow().findElement(By.linkText("Printable questionnaire")));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/surveys/" + roundId + "/print"));
        assertThat(h1()).isEqualTo(TITLE);
        assertThat(main()).contains("Open from " + english(TODAY) + " to " + english(CLOSES) + ".");
        var items = browser.findElements(By.cssSelector("main ol > li"));
        assertThat(items).hasSize(136);
        assertThat(items.get(0).getText()).startsWith("Commitment 1: How much progress do you perceive on this commitment?");
        assertThat(items.get(135).getText()).startsWith(CUSTOM_QUESTION + " ☐ Yes ☐ No");
    }

    // ---------------------------------------------------------------------------------------------





    private String roundState() {
        return browser.findElement(By.id("round-state")).getText();
    }

    private String responseState() {
        return browser.findElement(By.id("response-state")).getText();
    }

    private String questionnaireHeading() {
        return browser.findElement(By.id("q-h")).getText();
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private long questionId(String kind, int commitment) {
        return jdbc.sql("select id from survey_question where round_id = ? and kind = ? and commitment_number = ?")
                .params(roundId, kind, commitment).query(Long.class).single();
    }

    /** The perception fieldset of a commitment, found by its legend as a person would; its id is fs + the question id. */
    private WebElement perceptionFieldset(int commitment) {
        var fieldsets = browser.findElements(By.xpath("//fieldset[legend[normalize-space()='Commitment " + commitment
                + ": how much progress do you perceive?']]"));
        assertThat(fieldsets).as("the perception fieldset of commitment %d", commitment).hasSize(1);
        var fieldset = fieldsets.get(0);
        assertThat(fieldset.getAttribute("id")).isEqualTo("fs" + questionId("PERCEPTION", commitment));
        return fieldset;
    }

    private static final String[] KENYA = {"NONE", "LITTLE", "SOME", "SIGNIFICANT", "FULL", "DONT_KNOW"};
    private static final Map<String, String> LABELS = Map.of("NONE", "None", "LITTLE", "Little", "SOME", "Some",
            "SIGNIFICANT", "Significant", "FULL", "Full", "DONT_KNOW", "Don't know");

    private List<Integer> commitmentsOf(int area) {
        return jdbc.sql("select c.number from commitment c join area a on a.id = c.area_id where a.number = ? order by c.number")
                .params(area).query(Integer.class).list();
    }

    private String h2Of(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private boolean noSidewaysScrolling() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth");
    }

    /** The receipt's rows: question → answer, in order. */
    private Map<String, String> receipt() {
        var rows = new LinkedHashMap<String, String>();
        browser.findElements(By.cssSelector("#receipt tbody tr")).forEach(r -> rows.put(r.findElement(By.tagName("th")).getText(),
                r.findElement(By.tagName("td")).getText()));
        return rows;
    }

    private void choose(int commitment, String level) {
        String questionId = perceptionFieldset(commitment).getAttribute("id").substring(2);
        var radio = browser.findElement(By.id("q" + questionId + "-" + level));
        radio.click();
        assertThat(radio.isSelected()).isTrue();
    }

    private java.net.http.HttpResponse<String> postForm(String path, String body) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String kenyaAnswer(int commitment) {
        return jdbc.sql("""
                select a.choice from survey_answer a join survey_question q on q.id = a.question_id
                join survey_response r on r.id = a.response_id join stakeholder s on s.id = r.stakeholder_id
                where r.round_id = ? and s.code = 'KEN' and q.kind = 'PERCEPTION' and q.commitment_number = ?
                """).params(roundId, commitment).query(String.class).optional().orElse(null);
    }

    private void assertAnswered(Map<Integer, String> expected) {
        expected.forEach((commitment, level) -> {
            var checked = perceptionFieldset(commitment).findElements(By.cssSelector("input[type=radio]:checked"));
            assertThat(checked).as("commitment %d", commitment).extracting(e -> e.getAttribute("value")).containsExactly(level);
        });
        // nothing else is chosen
        var chosen = browser.findElements(By.cssSelector("fieldset[id^=fs] input[type=radio]:checked"));
        assertThat(chosen).hasSize(expected.size());
    }

    /** The comment box that follows a commitment's perception fieldset. */
    private WebElement commentOf(int commitment) {
        var label = perceptionFieldset(commitment).findElement(By.xpath("following-sibling::label[1]"));
        assertThat(label.findElement(By.tagName("span")).getText()).isEqualTo("Comments on commitment " + commitment + " (optional)");
        var box = label.findElement(By.tagName("textarea"));
        assertThat(box.getAttribute("id")).isEqualTo("q" + questionId("COMMENT", commitment));
        return box;
    }

    private void openFromWorkspace() {
        var link = browser.findElement(By.id("open-surveys")).findElement(By.linkText(TITLE + " (" + CLOSES + ")"));
        clickAndWait(link);
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/workspace/GHA/surveys/" + roundId));
        assertThat(h1()).endsWith(TITLE); // the questionnaire, or once submitted its receipt
    }

    private String workspaceBadge() {
        var items = browser.findElements(By.cssSelector("#open-surveys li")).stream()
                .filter(li -> li.getText().startsWith(TITLE)).toList();
        assertThat(items).as("open surveys listing %s", TITLE).hasSize(1);
        return items.get(0).findElement(By.cssSelector(".badge")).getText();
    }

    private WebElement roundRow() {
        var rows = browser.findElements(By.cssSelector("main table tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().equals(TITLE)).toList();
        assertThat(rows).as("rounds titled %s", TITLE).hasSize(1);
        return rows.get(0);
    }

    private String invitationState(String name) {
        return browser.findElement(By.xpath("//section[@aria-labelledby='inv-h']//tr[td[1][normalize-space()='" + name + "']]/td[3]"))
                .getText();
    }

    /** The cells after the commitment's number: respondents, share, mean, interval, don't know, by group. */
    private List<String> commitmentCells(int commitment) {
        var row = browser.findElement(By.xpath("//table[@id='commitment-results']/tbody/tr[th/a[normalize-space()='" + commitment + "']]"));
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }



    /** Date inputs take keys in the browser's locale format; the value property is ISO in every locale. */
    private void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
        assertThat(value(id)).isEqualTo(isoDate);
    }



    private static <K, V> Map<K, V> ordered(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        var map = new LinkedHashMap<K, V>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        map.put(k4, v4);
        map.put(k5, v5);
        return map;
    }
}
