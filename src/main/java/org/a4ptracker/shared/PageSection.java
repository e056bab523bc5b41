package org.a4ptracker.shared;

import java.util.Map;

/**
 * A block that one module adds to another module's page without the page's module depending on
 * it: the page asks every {@link Provider} for sections about its subject and includes the
 * returned template fragment.
 */
public record PageSection(String template, String fragment, Map<String, Object> model) {

    /** What a page is about: a commitment (number), an area (number), a stakeholder, a mission or a workspace (code). */
    public record Subject(Kind kind, String key) {
    }

    public enum Kind { COMMITMENT, AREA, STAKEHOLDER, MISSION, WORKSPACE }

    public interface Provider {
        java.util.Optional<PageSection> section(Subject subject);
    }

    /** Asks each provider, in order, for its section about the subject. */
    public static java.util.List<PageSection> collect(java.util.List<Provider> providers, Subject subject) {
        return providers.stream().map(p -> p.section(subject)).flatMap(java.util.Optional::stream).toList();
    }
}
