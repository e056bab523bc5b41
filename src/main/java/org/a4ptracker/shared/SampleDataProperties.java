package org.a4ptracker.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether generated demonstration data is loaded. Generated rows carry {@code sample = true}
 * and every page that shows them says so.
 */
@ConfigurationProperties("a4p.sample-data")
public record SampleDataProperties(boolean enabled) {
}
