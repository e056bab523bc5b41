package org.a4ptracker.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx ({@code /usr/sbin/nginx}, installed by {@code .ci/run} when missing) as the load balancer in front of
 * app nodes, run as a child process (not a daemon) with the configuration {@code tools/cluster/nginx.conf.template}
 * filled in under {@code target/cluster/nginx}: round robin, no stickiness, so every request may land on any node.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;

    public Nginx(List<Integer> upstreamPorts) throws IOException, InterruptedException {
        this.port = AppNode.freePort();
        Path prefix = Path.of("target", "cluster", "nginx").toAbsolutePath();
        Files.createDirectories(prefix.resolve("logs"));
        String servers = upstreamPorts.stream().map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=30s;")
                .collect(Collectors.joining("\n"));
        String conf = Files.readString(Path.of("tools", "cluster", "nginx.conf.template"))
                .replace("@LISTEN@", "127.0.0.1:" + port).replace("@SERVERS@", servers)
                .replace("@PREFIX@", prefix.toString());
        Path confFile = prefix.resolve("nginx.conf");
        Files.writeString(confFile, conf);
        process = new ProcessBuilder("/usr/sbin/nginx", "-p", prefix.toString(), "-c", confFile.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (var ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx stopped: see " + prefix.resolve("logs"));
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
