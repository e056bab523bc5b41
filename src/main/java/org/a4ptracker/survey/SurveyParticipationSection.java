package org.a4ptracker.survey;

import java.util.Map;
import java.util.Optional;

import org.a4ptracker.shared.PageSection;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On a stakeholder's profile: the published survey rounds it was invited to and whether it answered.
 * Whether it answered is public; what it answered is not.
 */
@Component
@Order(40)
class SurveyParticipationSection implements PageSection.Provider {

    record Participation(long roundId, String title, boolean answered, boolean sample) {
    }

    private final JdbcClient jdbc;
    private final StakeholderService stakeholders;

    SurveyParticipationSection(JdbcClient jdbc, StakeholderService stakeholders) {
        this.jdbc = jdbc;
        this.stakeholders = stakeholders;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.STAKEHOLDER && subject.kind() != PageSection.Kind.MISSION) {
            return Optional.empty();
        }
        long id = stakeholders.summary(subject.key()).id();
        var rounds = jdbc.sql("""
                select r.id, r.title, r.sample,
                       exists (select 1 from survey_response s where s.invitation_id = i.id and s.state = 'SUBMITTED') as answered
                from survey_invitation i join survey_round r on r.id = i.round_id
                where i.stakeholder_id = :id and r.state = 'PUBLISHED'
                order by r.opens_on desc
                """).param("id", id)
                .query((rs, n) -> new Participation(rs.getLong(1), rs.getString(2), rs.getBoolean(4), rs.getBoolean(3))).list();
        return rounds.isEmpty() ? Optional.empty()
                : Optional.of(new PageSection("survey/fragments", "participation", Map.of("rounds", rounds)));
    }
}
