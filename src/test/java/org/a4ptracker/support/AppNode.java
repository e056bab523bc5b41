package org.a4ptracker.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as production runs it: the jar that {@code mvn package} built, in a JVM of its own (so that a
 * test can kill it with SIGKILL), on a loopback port, against the given database. Its output goes to a file under
 * {@code target/cluster/}.
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final List<String> command;
    private Process process;

    public AppNode(String name, String jdbcUrl, String user, String password, String... extraArgs) {
        this.name = name;
        this.port = freePort();
        this.command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar().toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--a4p.sample-data.enabled=true",
                "--spring.datasource.hikari.maximum-pool-size=8"));
        command.addAll(List.of(extraArgs));
    }

    /** Starts the node and waits until it answers healthy (Flyway and the seeders have run). */
    public AppNode start() throws IOException, InterruptedException {
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                var r = client.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become healthy within 3 minutes; see " + log);
    }

    /** SIGKILL: no shutdown hook, no graceful close of connections or transactions. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The executable jar {@code mvn package} made (failsafe runs after it). */
    static Path jar() {
        File[] jars = new File("target").listFiles((dir, n) -> n.startsWith("a4p-tracker-") && n.endsWith(".jar")
                && !n.endsWith("-plain.jar") && !n.endsWith("-sources.jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("no target/a4p-tracker-*.jar: run mvn verify (package comes before the integration tests)");
        }
        return jars[0].toPath();
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
