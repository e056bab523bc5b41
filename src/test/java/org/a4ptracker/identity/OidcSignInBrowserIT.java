package org.a4ptracker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import oidcprovider.TestOidcProvider;
import org.a4ptracker.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with an organisation's OpenID Connect provider, end to end: a real provider (Spring
 * Authorization Server, {@link TestOidcProvider}) runs beside the application, and a real
 * headless Chromium goes through the A4P sign-in page, the provider's own sign-in form and back.
 *
 * <p>The browser reaches A4P as {@code 127.0.0.1} and the provider as {@code localhost}: see
 * {@link TestOidcProvider} for why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-oidc;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true",
        "spring.security.oauth2.client.registration.test-idp.client-name=Test identity provider",
        "spring.security.oauth2.client.registration.test-idp.client-id=" + TestOidcProvider.CLIENT_ID,
        "spring.security.oauth2.client.registration.test-idp.client-secret=" + TestOidcProvider.CLIENT_SECRET,
        "spring.security.oauth2.client.registration.test-idp.scope=openid,profile,email"})
class OidcSignInBrowserIT {

    private static TestOidcProvider.Running provider;

    /** Runs before the application context starts: the provider must answer its discovery request. */
    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        if (provider == null) {
            provider = TestOidcProvider.start();
        }
        String issuer = provider.issuer();
        registry.add("spring.security.oauth2.client.provider.test-idp.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
            provider = null;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(); // a fresh profile for each journey: no cookies carried over
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private String accountNav() {
        return browser.findElement(By.cssSelector("nav.account")).getText();
    }

    /** From the A4P sign-in page through the provider's form; returns once the browser is back at A4P. */
    private void signInAtProvider(String email) {
        browser.get(app("/login?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(accountNav()).contains("Sign in");
        var link = browser.findElement(By.linkText("Test identity provider"));
        assertThat(link.getAttribute("href")).isEqualTo(app("/oauth2/authorization/test-idp"));
        link.click();

        // the provider's own sign-in form (Spring Security's default page)
        wait.until(ExpectedConditions.urlToBe(provider.issuer() + "/login"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(TestOidcProvider.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains(app("/")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.account")));
    }

    private List<Map<String, Object>> signIns(String outcome, String actor) {
        return jdbc.sql("select actor_user_id, detail from audit_event"
                        + " where action = 'SIGN_IN' and outcome = :outcome and actor_label = :actor")
                .param("outcome", outcome).param("actor", actor)
                .query().listOfRows();
    }

    @Test
    void aFocalPointWithAnAccountSignsInThroughTheProvider() {
        Long accountId = jdbc.sql("select id from app_user where email = 'focal.point@example.org'")
                .query(Long.class).single();

        signInAtProvider(TestOidcProvider.FOCAL_POINT);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.account"), "Sample Focal Point, Ghana"));
        assertThat(browser.getCurrentUrl()).startsWith(app("/")).doesNotContain("error");
        assertThat(accountNav()).contains("Sample Focal Point, Ghana", "My workspace", "Sign out").doesNotContain("Sign in");
        assertThat(browser.findElement(By.linkText("My workspace")).getAttribute("href")).isEqualTo(app("/workspace"));
        // a focal point is neither reviewer nor administrator
        assertThat(accountNav()).doesNotContain("Review", "Administration");

        // the server side agrees: the session belongs to the pre-created account
        browser.get(app("/api/v1/me"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("\"email\":\"focal.point@example.org\"", "\"displayName\":\"Sample Focal Point, Ghana\"");

        var rows = signIns("SUCCESS", "focal.point@example.org");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("actor_user_id", accountId).containsEntry("detail", "OAuth2Login");
    }

    @Test
    void aPersonWithoutAnAccountIsRefusedAndGetsNone() {
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isPositive();
        long accountsBefore = jdbc.sql("select count(*) from app_user").query(Long.class).single();

        signInAtProvider(TestOidcProvider.STRANGER);

        wait.until(ExpectedConditions.urlToBe(app("/login?oidc-error")));
        var alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.error-box[role=alert]")));
        assertThat(alert.getText()).isEqualTo("Your organisation's sign-in worked, but no A4P Tracker account exists for "
                + "your e-mail address. Ask an administrator to create one.");
        assertThat(accountNav()).contains("Sign in").doesNotContain("Sign out", "stranger");

        // still anonymous: a page for accounts sends the browser back to the sign-in page
        browser.get(app("/account/tokens"));
        wait.until(ExpectedConditions.urlToBe(app("/login")));

        assertThat(jdbc.sql("select count(*) from app_user where lower(email) = 'stranger@example.org'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from app_user").query(Long.class).single()).isEqualTo(accountsBefore);

        var rows = signIns("FAILURE", "stranger@example.org");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("actor_user_id", null).containsEntry("detail", "OIDC: no account");
        assertThat(signIns("SUCCESS", "stranger@example.org")).isEmpty();
        // and no second, meaningless failure row (see SignInListener)
        assertThat(jdbc.sql("select actor_label from audit_event where action = 'SIGN_IN' and outcome = 'FAILURE'")
                .query(String.class).list()).containsExactly("stranger@example.org");
    }
}
