package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through the real server (Tomcat's handling of forwarded headers is not in MockMvc): behind a TLS proxy on an
 * internal address the session cookie is Secure and HSTS is sent; the cookie is SameSite=Lax either way. Same
 * configuration as DeclarationBrowserIT, so that the running app is shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
class ServedBehindTlsIT {

    @LocalServerPort
    int port;

    private HttpResponse<String> signInPage(boolean behindTls) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (behindTls) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var response = signInPage(true);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
                .satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void inPlainHttpThereIsNoHstsAndTheCookieIsStillSameSite() throws Exception {
        var response = signInPage(false);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
                .satisfies(c -> assertThat(c).doesNotContain("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }
}
