package org.a4ptracker.web;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database as operations see it. Health runs a real query through the pool (the three version rows every
 * request reads first), not {@code Connection.isValid()}: when writes failed with "The database has been closed" (an
 * H2 bug, see h2.version in pom.xml) the connections still called themselves valid and health said UP. The embedded
 * database is closed by the app when it stops ({@code DB_CLOSE_ON_EXIT=FALSE} in its URL leaves that to us), after the
 * web server has stopped taking requests, rather than by H2's own shutdown hook racing ours.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    static final String HEALTH_QUERY = "select count(*) from public_data_version";

    /** Named so that it replaces Spring Boot's own "db" contributor. */
    @Bean
    DataSourceHealthIndicator dbHealthContributor(DataSource dataSource) {
        return new DataSourceHealthIndicator(dataSource, HEALTH_QUERY);
    }

    @Bean
    EmbeddedDatabaseShutdown embeddedDatabaseShutdown(DataSource dataSource) {
        return new EmbeddedDatabaseShutdown(dataSource);
    }

    /** Runs H2's SHUTDOWN for a file database when the context closes: the store is written and closed cleanly. */
    static final class EmbeddedDatabaseShutdown implements DisposableBean {

        private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseShutdown.class);

        private final DataSource dataSource;

        EmbeddedDatabaseShutdown(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        @Override
        public void destroy() {
            try {
                java.sql.Connection c = dataSource.getConnection();
                String url = c.getMetaData().getURL();
                if (url == null || !url.startsWith("jdbc:h2:file:")) {
                    c.close();
                    return;
                }
                try (var statement = c.createStatement()) {
                    statement.execute("shutdown");
                }
                // evicted, not returned: returning a connection whose database is closed makes H2 write an error trace
                if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                    dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).evictConnection(c);
                } else {
                    c.close();
                }
                log.info("Embedded database closed");
            } catch (java.sql.SQLException | RuntimeException e) {
                log.warn("Could not close the embedded database cleanly ({}); it recovers on the next start", e.toString());
            }
        }
    }
}
