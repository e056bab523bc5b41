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
 * Whether it answered is public; what it answered is not. A round whose response counts are withheld for the
 * stakeholder's group (fewer than 5, or withheld with such a group) is not listed: counting the profiles of the
 * group's members would give the invited and answered counts the results withhold.
 */
@Component
@Order(40)
class SurveyParticipationSection implements PageSection.Provider {

    record Participation(long roundId, String title, boolean answered, boolean sample) {
    }

    private final JdbcClient jdbc;
    private final StakeholderService stakeholders;
    private final ResultsService results;

    SurveyParticipationSection(JdbcClient jdbc, StakeholderService stakeholders, ResultsService results) {
        this.jdbc = jdbc;
        this.stakeholders = stakeholders;
        this.results = results;
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.STAKEHOLDER && subject.kind() != PageSection.Kind.MISSION) {
            return Optional.empty();
        }
        long id = stakeholders.summary(subject.key()).id();
        var rounds = jdbc.sql("""
                select r.id, r.title, r.sample,
                       exists (select 1 from survey_response s where s.invitation_id = i.id and s.state = 'SUBMITTED') as answered,
                       i.respondent_group
                from survey_invitation i join survey_round r on r.id = i.round_id
                where i.stakeholder_id = :id and r.state = 'PUBLISHED'
                order by r.opens_on desc
                """).param("id", id)
                .query((rs, n) -> java.util.Map.entry(RespondentGroup.valueOf(rs.getString(5)),
                        new Participation(rs.getLong(1), rs.getString(2), rs.getBoolean(4), rs.getBoolean(3)))).list().stream()
                .filter(e -> countsShown(e.getValue().roundId(), e.getKey())).map(Map.Entry::getValue).toList();
        return rounds.isEmpty() ? Optional.empty()
                : Optional.of(new PageSection("survey/fragments", "participation", Map.of("rounds", rounds)));
    }

    /** Whether the round's results show this group's invited and answered counts (a published round's figures are kept). */
    private boolean countsShown(long roundId, RespondentGroup group) {
        var rate = results.figures(null, roundId, null).rateByGroup().get(group);
        return rate != null && !rate.suppressed();
    }
}
