package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.a4ptracker.Application;
import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.support.PostgresDatabase;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app nodes, each with its own index in memory, on one PostgreSQL: an action published through one node is found
 * through the other's HTTP API after its next poll, a withdrawal likewise, and a reindex asked of one is made by both.
 * The wait is bounded generously (the machine may be loaded); the delay measured is printed.
 */
@Tag("postgres")
class SearchTwoNodesPostgresTest {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoNodes() {
        a = node();
        b = node();
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static ConfigurableApplicationContext node() {
        var db = PostgresDatabase.get();
        // command-line arguments: they take precedence over application.properties (server.port=${PORT:8080})
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
                "--a4p.sample-data.enabled=true", "--a4p.search.index-dir=", "--a4p.search.poll-interval=500ms");
    }

    @Test
    void whatOneNodePublishesOrWithdrawsTheOtherFindsWithinItsNextPoll() throws Exception {
        var accounts = new TestAccounts(a.getBean(JdbcClient.class));
        var focal = accounts.focalPointOf("NPL");
        var reviewer = accounts.reviewer();
        var actionsOnA = a.getBean(ActionService.class);
        long id = actionsOnA.create(focal, "NPL", new ActionContent("Wombatrix patrol training published on node A", "Two nodes test",
                ActionStatus.COMPLETED, 2026, LocalDate.of(2026, 3, 1), null, List.of(14), List.of(), List.of()));
        actionsOnA.submit(focal, id, 0);
        assertThat(search(b, "wombatrix")).doesNotContain("\"ref\":\"" + id + "\"");

        long published = System.nanoTime();
        actionsOnA.publish(reviewer, id, 1);
        assertThat(search(a, "wombatrix")).contains("\"ref\":\"" + id + "\"");
        waitFor(() -> search(b, "wombatrix").contains("\"ref\":\"" + id + "\""));
        System.out.printf("[two-nodes] published on A, found on B after %d ms%n", (System.nanoTime() - published) / 1_000_000);

        b.getBean(ActionService.class).withdraw(reviewer, id, 2, "Test of the second node");
        waitFor(() -> !search(a, "wombatrix").contains("\"ref\":\"" + id + "\""));
    }

    @Test
    void aReindexAskedOfOneNodeIsMadeByBoth() {
        var admin = new TestAccounts(a.getBean(JdbcClient.class)).administrator();
        long generation = a.getBean(TransactionTemplate.class).execute(s -> a.getBean(SearchAdministration.class).reindex(admin));
        waitFor(() -> b.getBean(SearchService.class).status().generation() == generation
                && a.getBean(SearchService.class).status().generation() == generation);
        assertThat(b.getBean(SearchService.class).status().documents()).isPositive();
    }

    private String search(ConfigurableApplicationContext node, String q) {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/search?q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still not so after 20 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
