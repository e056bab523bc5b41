package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.a4ptracker.identity.AccountService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.identity.NewAccount;
import org.a4ptracker.support.Axe;
import org.a4ptracker.support.Browser;
import org.a4ptracker.support.BrowserJourney;
import org.a4ptracker.survey.RespondentGroup;
import org.a4ptracker.survey.RoundForm;
import org.a4ptracker.survey.SurveyService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account, administration and survey-design forms sent back in error, on a phone 320 CSS pixels wide, in a real
 * Chromium without help from a script: the title says "Error:", the error summary has the focus and links to each
 * field in error, each such field says so (aria-invalid, aria-describedby), what was typed is still there, and axe
 * finds nothing, nor does the page scroll sideways. Its own database: it creates an account and a draft round.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-forms-in-error;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormsInErrorBrowserIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    SurveyService surveys;

    private long adminId;
    private String invitation;
    private long draftRound;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    void prepare() {
        adminId = jdbc.sql("select id from app_user where email = 'admin@example.org'").query(Long.class).single();
        var admin = new CurrentUser(adminId, "admin@example.org", "Sample Administrator", true, false, Set.of());
        var invited = accounts.create(admin, new NewAccount("invited-" + UUID.randomUUID() + "@example.org", "Invited", false, false,
                List.of()));
        invitation = accounts.invite(admin, invited.id());
        long reviewerId = jdbc.sql("select id from app_user where email = 'reviewer@example.org'").query(Long.class).single();
        draftRound = surveys.create(new CurrentUser(reviewerId, "reviewer@example.org", "Sample Reviewer", false, true, Set.of()),
                new RoundForm("Round in design", null, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 1),
                        List.of(RespondentGroup.MISSIONS), null));
    }

    @AfterAll
    void desktopAgain() {
        if (browser != null) {
            Browser.desktop(browser);
        }
    }

    @Test
    @Order(1)
    void aRefusedSignIn() {
        Browser.phone(browser, 320);
        browser.get(url("/login?lang=en"));
        browser.findElement(By.id("username")).sendKeys("nobody@example.org");
        browser.findElement(By.id("password")).sendKeys("not the password");
        submit();
        inError("sign-in", "username");
        assertThat(value("username")).isEqualTo("nobody@example.org");
        assertThat(value("password")).isEmpty();
        assertThat(browser.findElement(By.id("password")).getDomAttribute("aria-describedby")).isEqualTo("username-error");
    }

    @Test
    @Order(2)
    void aRefusedPasswordOnAnInvitation() {
        browser.get(url("/invitations/" + invitation + "?lang=en"));
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.id("confirmation")).sendKeys("other");
        submit();
        inError("invitation", "password", "confirmation");
    }

    @Test
    @Order(3)
    void refusedAdministrationForms() {
        Browser.desktop(browser);
        signIn("admin@example.org", "Sample Administrator");
        Browser.phone(browser, 320);

        browser.get(url("/admin/users?lang=en"));
        browser.findElement(By.id("email")).sendKeys("not an address");
        browser.findElement(By.id("stakeholders")).sendKeys("GHA, NOPE");
        submit(By.cssSelector("form[action='/admin/users'] button[type=submit]"));
        inError("new account", "email", "displayName", "stakeholders");
        assertThat(value("email")).isEqualTo("not an address");
        assertThat(value("stakeholders")).isEqualTo("GHA, NOPE");

        // an administrator disabling themself: refused, the box and the typed name as they were sent
        browser.get(url("/admin/users/" + adminId + "?lang=en"));
        var name = browser.findElement(By.id("displayName"));
        name.clear();
        name.sendKeys("Renamed administrator");
        browser.findElement(By.id("enabled")).click();
        submit(By.cssSelector("form[action='/admin/users/" + adminId + "'] button[type=submit]"));
        inError("account edit", "enabled");
        assertThat(value("displayName")).isEqualTo("Renamed administrator");
        assertThat(browser.findElement(By.id("enabled")).isSelected()).isFalse();

        browser.get(url("/admin/users/" + adminId + "?lang=en"));
        browser.findElement(By.id("stakeholder")).sendKeys("XYZ");
        submit(By.cssSelector("form[action='/admin/users/" + adminId + "/bindings'] button[type=submit]"));
        inError("focal-point binding", "stakeholder");
        assertThat(value("stakeholder")).isEqualTo("XYZ");

        browser.get(url("/account/tokens?lang=en"));
        submit(By.cssSelector("form[action='/account/tokens'] button[type=submit]"));
        inError("API token", "name");

        Browser.desktop(browser);
        signOut();
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(4)
    void refusedRoundDesignForms() {
        signIn("reviewer@example.org", "Sample Reviewer");
        Browser.phone(browser, 320);

        browser.get(url("/review/surveys/new?lang=en"));
        browser.findElement(By.id("intro")).sendKeys("Kept introduction");
        submit(By.id("create-round"));
        inError("new round", "title", "opensOn", "groups");
        assertThat(value("intro")).isEqualTo("Kept introduction");

        browser.get(url("/review/surveys/" + draftRound + "?lang=en"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("kind"))).selectByValue("SINGLE");
        browser.findElement(By.id("qtext")).sendKeys("Which course?");
        browser.findElement(By.id("options")).sendKeys("Only one");
        submit(By.cssSelector("form[action$='/questions'] button[type=submit]"));
        inError("question", "options");
        assertThat(value("qtext")).isEqualTo("Which course?");
        assertThat(value("options")).isEqualTo("Only one");

        Browser.desktop(browser);
        signOut();
        assertThat(problems).isEmpty();
    }

    /** The page now shown is a form in error by the pattern, at phone width: anything wrong goes to {@link #problems}. */
    private void inError(String form, String... fields) {
        assertThat(browser.getTitle()).as(form).startsWith("Error: ");
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).as(form + ": focus").isEqualTo("error-summary");
        assertThat(browser.findElements(By.cssSelector("#error-summary li a"))).extracting(a -> a.getDomAttribute("href"))
                .as(form).containsExactly(java.util.Arrays.stream(fields).map(f -> "#" + f).toArray(String[]::new));
        for (String field : fields) {
            WebElement input = browser.findElement(By.id(field));
            // a group of boxes: its fieldset is described by the message (GOV.UK), the link goes to the first box
            boolean group = "checkbox".equals(input.getDomAttribute("type")) && "groups".equals(field);
            if (!group) {
                assertThat(input.getDomAttribute("aria-invalid")).as(form + ": " + field).isEqualTo("true");
            }
            String describedBy = group ? browser.findElement(By.cssSelector("fieldset:has(#groups)")).getDomAttribute("aria-describedby")
                    : input.getDomAttribute("aria-describedby");
            assertThat(describedBy).as(form + ": " + field).isEqualTo(field + "-error");
            assertThat(browser.findElement(By.id(field + "-error")).getText()).as(form + ": " + field).isNotBlank();
        }
        problems.addAll(Axe.violations(browser).stream().map(v -> form + " in error: " + v).toList());
        problems.addAll(overflow(form + " in error"));
    }

    private void submit() {
        submit(By.cssSelector("main form button[type=submit]"));
    }

    private void submit(By button) {
        clickAndWait(browser.findElement(button));
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private List<String> overflow(String where) {
        return Browser.overflow(browser, where);
    }
}
