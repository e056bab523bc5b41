package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import org.a4p.client.ApiClient;
import org.a4p.client.api.ActionsApi;
import org.a4p.client.model.ActionContent;
import org.a4p.client.model.Change;
import org.a4ptracker.identity.ApiTokenService;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API contract as clients meet it, on the running app (same configuration as DeclarationBrowserIT, so it is
 * shared): Redocly CLI's recommended rules find no problem in the served description; the Java client generated
 * from it at build time (openapi-generator, from the copy in src/test/resources/openapi, kept equal to the served
 * one here) creates, submits and publishes an action; the Frictionless datapackage library validates the open-data
 * zip, primary and foreign keys included. The npm tools are pinned in tools/npm-checks (package-lock.json).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-browser;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=true"})
class ApiContractIT {

    static final Path TOOLS = Path.of("tools/npm-checks");
    static final Path OUT = Path.of("target/api-contract");

    @LocalServerPort
    int port;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    JdbcClient jdbc;

    private byte[] fetch(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Runs a command in tools/npm-checks (installing the pinned packages first if needed); returns its exit code and output. */
    private static String[] run(String... command) throws Exception {
        if (!Files.exists(TOOLS.resolve("node_modules/@redocly/cli/package.json"))) {
            var install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(TOOLS.toFile()).inheritIO().start();
            assertThat(install.waitFor(5, TimeUnit.MINUTES)).as("npm ci in tools/npm-checks").isTrue();
            assertThat(install.exitValue()).as("npm ci in tools/npm-checks").isZero();
        }
        var process = new ProcessBuilder(command).directory(TOOLS.toFile()).redirectErrorStream(false).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new String[]{String.valueOf(process.exitValue()), out};
    }

    @Test
    void theServedDescriptionIsTheOneClientsAreGeneratedFromAndRedoclyFindsNoProblem() throws Exception {
        Files.createDirectories(OUT);
        byte[] served = fetch("/api/openapi");
        Path document = OUT.resolve("a4p-tracker.json");
        Files.write(document, served);
        var json = JsonMapper.builder().build();
        assertThat(json.readTree(served))
                .as("the API changed: refresh the copy the client is generated from with "
                        + "cp target/api-contract/a4p-tracker.json src/test/resources/openapi/a4p-tracker.json")
                .isEqualTo(json.readTree(Files.readAllBytes(Path.of("src/test/resources/openapi/a4p-tracker.json"))));
        var lint = run("node", "node_modules/@redocly/cli/bin/cli.js", "lint", document.toAbsolutePath().toString(), "--format=json");
        var problems = json.readTree(lint[1]).get("problems");
        assertThat(problems.valueStream().map(p -> p.get("ruleId").asString() + ": " + p.get("message").asString()).toList())
                .as("Redocly CLI recommended rules").isEmpty();
        assertThat(lint[0]).isEqualTo("0");
    }

    @Test
    void aGeneratedClientCreatesSubmitsAndPublishesAnAction() throws Exception {
        var accounts = new TestAccounts(jdbc);
        String focalPoint = tokens.create(accounts.focalPointOf("GHA"), "generated client").secret();
        String reviewer = tokens.create(accounts.reviewer(), "generated client").secret();
        var client = new ApiClient().setHost("127.0.0.1").setPort(port).setScheme("http");
        var asFocalPoint = new ActionsApi(client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + focalPoint)));
        long id = asFocalPoint.create("GHA", new ActionContent().title("Through the generated client")
                .description("Created, submitted and published by a client generated from /api/openapi")
                .status(ActionContent.StatusEnum.ONGOING).reportingCycle(2026).commitments(List.of(3))).getId();
        var submitted = asFocalPoint.transition(id, "submit", new Change().lockVersion(0));
        assertThat(submitted.getState()).hasToString("SUBMITTED");
        var reviewerClient = new ApiClient().setHost("127.0.0.1").setPort(port).setScheme("http")
                .setRequestInterceptor(r -> r.header("Authorization", "Bearer " + reviewer));
        var published = new ActionsApi(reviewerClient).transition(id, "publish", new Change().lockVersion(submitted.getLockVersion()));
        assertThat(published.getState()).hasToString("PUBLISHED");
        var asPublic = new ActionsApi(new ApiClient().setHost("127.0.0.1").setPort(port).setScheme("http")).detail(id);
        assertThat(asPublic.getPublished().getContent().getTitle()).isEqualTo("Through the generated client");
    }

    @Test
    void theOpenDataPackageIsValidForFrictionlessKeysIncluded() throws Exception {
        Path folder = OUT.resolve("open-data");
        Files.createDirectories(folder);
        try (var zip = new ZipInputStream(new ByteArrayInputStream(fetch("/api/v1/open-data.zip")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.write(folder.resolve(entry.getName()), zip.readAllBytes());
            }
        }
        var result = run("node", "validate-datapackage.js", folder.resolve("datapackage.json").toAbsolutePath().toString());
        assertThat(result[1]).contains("\"errors\":[]").contains("\"resources\":11");
        assertThat(result[0]).isEqualTo("0");
    }
}
