package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.net.Inet4Address;
import java.net.NetworkInterface;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

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
    @Autowired
    Environment environment;

    private HttpResponse<String> signInPage(boolean behindTls) throws Exception {
        return signInPage("127.0.0.1", behindTls);
    }

    private HttpResponse<String> signInPage(String host, boolean behindTls) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"));
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

    /**
     * Forwarded headers are believed from the loopback proxy only (A4P_TRUSTED_PROXIES names others): a client on
     * an internal network cannot choose its own address (and escape the sign-in limits per client) or protocol.
     */
    @Test
    void forwardedHeadersAreBelievedFromTheLoopbackProxyOnly() throws Exception {
        var trusted = Pattern.compile(environment.getProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(List.of("127.0.0.1", "0:0:0:0:0:0:0:1")).allMatch(a -> trusted.matcher(a).matches());
        assertThat(List.of("10.0.0.7", "192.168.1.20", "172.16.4.2", "100.64.0.1", "169.254.1.1", "127.0.0.10"))
                .noneMatch(a -> trusted.matcher(a).matches());
        // and in the server: the same request from this machine's own network address is not taken as HTTPS
        var own = NetworkInterface.networkInterfaces().filter(i -> !isLoopback(i)).flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).map(a -> a.getHostAddress()).findFirst();
        if (own.isPresent()) {
            var response = signInPage(own.get(), true);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("from %s", own.get()).isEmpty();
            assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION=")).singleElement()
                    .satisfies(c -> assertThat(c).doesNotContain("Secure"));
        } else {
            System.out.println("ServedBehindTlsIT: no network address besides loopback; the server check ran on the pattern only");
        }
    }

    private static boolean isLoopback(NetworkInterface i) {
        try {
            return i.isLoopback() || !i.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
