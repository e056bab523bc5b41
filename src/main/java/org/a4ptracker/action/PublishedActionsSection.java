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
    private final ActionStatistics statistics;
    private final org.a4ptracker.framework.FrameworkService framework;

    PublishedActionsSection(ActionQueries queries, ActionStatistics statistics, org.a4ptracker.framework.FrameworkService framework) {
        this.queries = queries;
        this.statistics = statistics;
        this.framework = framework;
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
        var model = new java.util.HashMap<String, Object>(Map.of("page", page, "more", "/actions?" + param + "=" + subject.key()));
        if (subject.kind() == PageSection.Kind.COMMITMENT || subject.kind() == PageSection.Kind.AREA) {
            var commitments = subject.kind() == PageSection.Kind.COMMITMENT ? java.util.List.of(Integer.valueOf(subject.key()))
                    : framework.commitmentsOfArea(Integer.parseInt(subject.key())).stream().map(c -> c.number()).toList();
            model.put("byStatus", statistics.publishedByStatus(commitments));
            model.put("byType", statistics.publishedByReporterType(commitments));
        }
        if (subject.kind() == PageSection.Kind.MISSION) {
            model.put("reporters", statistics.reportersOnMission(subject.key()));
            model.put("mission", subject.key());
        }
        return Optional.of(new PageSection("action/fragments", "published", model));
    }
}
