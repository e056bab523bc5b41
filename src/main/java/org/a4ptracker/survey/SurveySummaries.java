package org.a4ptracker.survey;

import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.a4ptracker.shared.PublicData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published round's counts (perception answers per commitment, group and value; invitations and submitted
 * responses per group), written into {@code survey_tally} and {@code survey_rate_tally} by the transaction that
 * publishes the round, since its answers never change after that. Public results are computed from these few
 * hundred rows instead of the round's answers (225,000 in a round of 5,000 responses).
 */
@Service
@Transactional
public class SurveySummaries {

    private final JdbcClient jdbc;
    private final PublicData publicData;

    SurveySummaries(JdbcClient jdbc, PublicData publicData) {
        this.jdbc = jdbc;
        this.publicData = publicData;
    }

    /** Inside the publishing transaction: counts the round once. */
    void published(long roundId) {
        publicData.changed(PublicData.Kind.SURVEYS);
        write(roundId);
    }

    /** Rebuilds the counts of every published round from its answers; returns how many rounds were counted. */
    public int recompute() {
        publicData.changed(PublicData.Kind.SURVEYS);
        jdbc.sql("delete from survey_tally").update();
        jdbc.sql("delete from survey_rate_tally").update();
        var rounds = jdbc.sql("select id from survey_round where state = 'PUBLISHED'").query(Long.class).list();
        rounds.forEach(this::write);
        return rounds.size();
    }

    private void write(long roundId) {
        jdbc.sql("delete from survey_tally where round_id = :round").param("round", roundId).update();
        jdbc.sql("delete from survey_rate_tally where round_id = :round").param("round", roundId).update();
        jdbc.sql("""
                insert into survey_tally (round_id, commitment_number, respondent_group, choice, answers)
                select r.round_id, q.commitment_number, r.respondent_group, a.choice, count(*)
                from survey_answer a
                join survey_question q on q.id = a.question_id
                join survey_response r on r.id = a.response_id
                where r.round_id = :round and r.state = 'SUBMITTED' and q.kind = 'PERCEPTION' and q.commitment_number is not null
                  and a.choice is not null
                group by r.round_id, q.commitment_number, r.respondent_group, a.choice
                """).param("round", roundId).update();
        jdbc.sql("""
                insert into survey_rate_tally (round_id, respondent_group, invited, submitted)
                select i.round_id, i.respondent_group, count(*), count(r.id)
                from survey_invitation i
                left join survey_response r on r.invitation_id = i.id and r.state = 'SUBMITTED'
                where i.round_id = :round group by i.round_id, i.respondent_group
                """).param("round", roundId).update();
    }

    /** A published round's perception counts, as {@link ResultsRepository#perceptions} counts them from the answers. */
    ResultsRepository.Perceptions perceptions(long roundId) {
        var map = new HashMap<Integer, Map<RespondentGroup, Tally>>();
        jdbc.sql("select commitment_number, respondent_group, choice, answers from survey_tally where round_id = :round")
                .param("round", roundId)
                .query((ResultSet rs) -> {
                    map.computeIfAbsent(rs.getInt(1), k -> new EnumMap<>(RespondentGroup.class))
                            .computeIfAbsent(RespondentGroup.valueOf(rs.getString(2)), k -> new Tally())
                            .add(Perception.valueOf(rs.getString(3)), rs.getInt(4));
                });
        return new ResultsRepository.Perceptions(map);
    }

    /** A published round's invitations and submitted responses per group. */
    Map<RespondentGroup, int[]> rates(long roundId) {
        var rates = new EnumMap<RespondentGroup, int[]>(RespondentGroup.class);
        jdbc.sql("select respondent_group, invited, submitted from survey_rate_tally where round_id = :round")
                .param("round", roundId)
                .query((ResultSet rs) -> {
                    rates.put(RespondentGroup.valueOf(rs.getString(1)), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        return rates;
    }
}
