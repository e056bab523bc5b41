package org.a4ptracker.survey;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In a focal point's workspace: the open rounds its stakeholder is invited to, with the state of its
 * response, and the rounds it submitted a response to (whose receipt the same link shows).
 */
@Component
@Order(30)
class OpenSurveysSection implements PageSection.Provider {

    private final SurveyService surveys;
    private final ResponseRepository responses;
    private final StakeholderService stakeholders;

    OpenSurveysSection(SurveyService surveys, ResponseRepository responses, StakeholderService stakeholders) {
        this.surveys = surveys;
        this.responses = responses;
        this.stakeholders = stakeholders;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.WORKSPACE) {
            return Optional.empty();
        }
        long stakeholder = stakeholders.summary(subject.key()).id();
        var rounds = new java.util.LinkedHashMap<Long, Round>();
        surveys.openRoundsOf(stakeholder).forEach(r -> rounds.put(r.id(), r));
        responses.submittedRounds(stakeholder).forEach(id -> rounds.computeIfAbsent(id, surveys::round));
        var invited = rounds.values().stream().map(r -> Map.entry(r, responses.invitation(r.id(), stakeholder)
                .flatMap(i -> responses.responseOf(i.id())).map(ResponseRepository.Response::state).orElse("NOT_STARTED"))).toList();
        return invited.isEmpty() ? Optional.empty()
                : Optional.of(new PageSection("survey/fragments", "open", Map.of("rounds", invited, "code", subject.key())));
    }
}
