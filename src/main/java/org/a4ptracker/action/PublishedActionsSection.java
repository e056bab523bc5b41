package org.a4ptracker.action;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.PageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The latest published actions on commitment, area, stakeholder and mission pages. */
@Component
@Order(10)
class PublishedActionsSection implements PageSection.Provider {

    private static final int SHOWN = 10;

    private final ActionQueries queries;

    PublishedActionsSection(ActionQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() == PageSection.Kind.WORKSPACE) {
            return Optional.empty();
        }
        var filter = switch (subject.kind()) {
            case COMMITMENT -> new ActionFilter(null, Integer.valueOf(subject.key()), null, null, null, null);
            case AREA -> new ActionFilter(Integer.valueOf(subject.key()), null, null, null, null, null);
            case STAKEHOLDER -> new ActionFilter(null, null, subject.key(), null, null, null);
            case MISSION, WORKSPACE -> new ActionFilter(null, null, null, subject.key(), null, null);
        };
        String param = switch (subject.kind()) {
            case COMMITMENT -> "commitment";
            case AREA -> "area";
            case STAKEHOLDER -> "stakeholder";
            case MISSION, WORKSPACE -> "mission";
        };
        var page = queries.published(filter, new PageRequest(1, SHOWN));
        return Optional.of(new PageSection("action/fragments", "published",
                Map.of("page", page, "more", "/actions?" + param + "=" + subject.key())));
    }
}
