package org.a4ptracker.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.a4ptracker.support.AppProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as {@code mvn spring-boot:run} starts it - embedded H2 in a data folder, sample mode - run as a JVM of its
 * own from the packaged jar: the first start generates the sample instance and says how long it took; the instance
 * shows the product (Member State reporting rates between 30% and 70%, every reporting status on the map, published
 * actions on every commitment page); a second app on the same folder stops with a clear message, even while the
 * first is suspended; the first survives a suspension (SIGSTOP) longer than its pool's connection lifetime (30 s
 * here, the least HikariCP allows) and H2's lock timeout, and signs a person in after SIGCONT; a restart generates
 * nothing and keeps the data.
 */
@Tag("h2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleInstanceProcessIT {

    static final Path FOLDER = Path.of("target", "sample-instance-it");
    static final Duration PAUSE = Duration.ofSeconds(40);
    static final Duration START = Duration.ofMinutes(4);

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private AppProcess app;

    @BeforeAll
    void firstStart() throws Exception {
        FileSystemUtils.deleteRecursively(FOLDER);
        Files.createDirectories(FOLDER);
        app = AppProcess.start(FOLDER.resolve("data"), FOLDER.resolve("first-start.log"), "--spring.datasource.hikari.max-lifetime=30000");
        app.awaitReady(START);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void theFirstStartGeneratesTheSampleInstanceAndSaysHowLongItTook() throws Exception {
        String log = app.output();
        assertThat(log).contains("Generating the sample instance (first start only, 3 parts)", "Sample instance [1/3] actions: ",
                "Sample instance [2/3] indicator values: ", "Sample instance [3/3] perception surveys: 3 published rounds");
        assertThat(Pattern.compile("Sample instance generated in \\d+\\.\\d s").matcher(log).find()).isTrue();
    }

    @Test
    @Order(2)
    void theSampleInstanceShowsTheProduct() throws Exception {
        JsonNode rates = get("/api/v1/overview").path("reportingRates").path("MEMBER_STATE");
        int between = 0;
        for (var cycle : rates.properties()) {
            double rate = cycle.getValue().path("share").asDouble(0);
            between += rate >= 0.30 && rate <= 0.70 ? 1 : 0;
        }
        assertThat(between).as("cycles with 30-70% of Member States reporting, of " + rates).isGreaterThanOrEqualTo(5);

        // a cycle has one due date: in the current cycle States are reported or due, in the one before reported or overdue;
        // the current cycle's map draws overdue the States whose report for the cycle before is missing too
        JsonNode current = get("/api/v1/overview/reporting-status");
        int cycle = current.path("cycle").asInt();
        assertThat(current.path("counts").path("REPORTED").asInt()).isPositive();
        assertThat(current.path("counts").path("DUE").asInt()).isPositive();
        assertThat(current.path("previousCycle").asInt()).isEqualTo(cycle - 1);
        int overdueBefore = 0;
        for (JsonNode row : current.path("rows")) {
            overdueBefore += row.path("overdueCycle").asInt(0) == cycle - 1 ? 1 : 0;
        }
        assertThat(overdueBefore).as("States due in %d with their %d report missing", cycle, cycle - 1).isPositive();
        JsonNode previous = get("/api/v1/overview/reporting-status?cycle=" + (cycle - 1));
        assertThat(previous.path("counts").path("REPORTED").asInt()).isPositive();
        assertThat(previous.path("counts").path("OVERDUE").asInt()).isPositive();
        // the map shades the States that reported by their published actions, the others as due or overdue; the table
        // beside it counts the statuses
        // the banner says on every page that the instance includes sample data
        for (String path : List.of("/", "/overview", "/actions", "/surveys")) {
            assertThat(page(path)).as(path).contains("class=\"sample-banner\"", "This instance includes generated sample data.");
        }
        assertThat(page("/overview")).contains("id=\"reporting-status-counts\"", "<span>Reported</span>", "<span>Due</span>",
                "class=\"actions-1\"", "class=\"none-due\"", "class=\"none-overdue\"");
        assertThat(page("/overview?cycle=" + (cycle - 1))).contains("<span>Reported</span>", "<span>Overdue</span>",
                "class=\"actions-1\"", "class=\"none-overdue\"");

        for (int n = 1; n <= 45; n++) {
            String commitment = page("/commitments/" + n);
            assertThat(commitment).as("commitment %d", n).contains("id=\"published-actions\"", "id=\"actions-by-status\"", "badge sample")
                    .doesNotContain("No published action yet.");
        }
        assertThat(app.output()).containsPattern("Search index built: \\d+ published actions");
        searchHoldsEveryPublishedAction();
    }

    @Test
    @Order(3)
    void aSecondAppOnTheSameFolderStopsWithAClearMessageAndTheFirstSurvivesASuspension() throws Exception {
        Instant suspended = Instant.now();
        app.signal("STOP");
        try (var second = AppProcess.start(FOLDER.resolve("data"), FOLDER.resolve("second-app.log"))) {
            assertThat(second.awaitExit(START)).isNotZero();
            assertThat(second.output()).contains("APPLICATION FAILED TO START",
                    "The embedded database is in use by another process, most likely another A4P Tracker started on the same data folder",
                    "A4P_DATA_DIR");
        }
        Duration left = PAUSE.minus(Duration.between(suspended, Instant.now()));
        if (!left.isNegative()) {
            Thread.sleep(left.toMillis());
        }
        app.signal("CONT");

        var client = signIn("reviewer@example.org");
        var me = client.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/me"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"email\":\"reviewer@example.org\"");
        JsonNode health = get("/actuator/health");
        assertThat(health.path("status").asString()).isEqualTo("UP");
        // the database answers (status UP asks it); its details are for administrators only
        assertThat(health.has("components")).isFalse();
        assertThat(app.output()).doesNotContain("The database has been closed");
    }

    @Test
    @Order(4)
    void aRestartGeneratesNothingAndKeepsTheData() throws Exception {
        JsonNode before = get("/api/v1/overview").path("reportingRates");
        app.close();
        assertThat(app.output()).contains("Embedded database closed");
        app = AppProcess.start(FOLDER.resolve("data"), FOLDER.resolve("restart.log"));
        app.awaitReady(START);
        assertThat(app.output()).doesNotContain("Generating the sample instance").contains("Started Application in");
        assertThat(get("/api/v1/overview").path("reportingRates")).isEqualTo(before);
        // the search index kept in the data folder is reopened, not rebuilt, and still holds every published action
        assertThat(app.output()).contains("Search index reopened from").doesNotContain("Search index built", "rebuilding");
        searchHoldsEveryPublishedAction();
    }

    /** A client signed in as the sample account, its session in its cookies. */
    private HttpClient signIn(String email) throws Exception {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(app.url("/login"))).build(), HttpResponse.BodyHandlers.ofString()).body();
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        String body = "username=" + enc(email) + "&password=" + enc("sample-password-2026") + "&_csrf=" + enc(csrf.group(1));
        var signIn = client.send(HttpRequest.newBuilder(URI.create(app.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }

    /**
     * This node's search index, kept in the data folder, holds every published action (the administrators' view of it),
     * and the newest published action's title finds it through the public search API.
     */
    private void searchHoldsEveryPublishedAction() throws Exception {
        var admin = signIn("admin@example.org");
        var response = admin.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/admin/search"))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode index = json.readTree(response.body());
        JsonNode published = get("/api/v1/actions?size=1");
        assertThat(index.path("ready").asBoolean()).isTrue();
        assertThat(index.path("actions").asLong()).isEqualTo(published.path("totalItems").asLong()).isGreaterThan(1000);
        assertThat(index.path("location").asString()).contains("search-index" + java.io.File.separator + "g");
        JsonNode newest = published.path("items").path(0);
        String title = newest.path("title").asString();
        JsonNode found = get("/api/v1/search?kind=action&size=50&q=" + enc(title));
        assertThat(found.findValuesAsString("ref")).as("newest action %s, searched for its title '%s'", newest.path("id"), title)
                .contains(newest.path("id").asString());
    }

    private JsonNode get(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(app.url(path))).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String page(String path) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(app.url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
