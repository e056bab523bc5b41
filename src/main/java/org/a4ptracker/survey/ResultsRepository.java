package org.a4ptracker.survey;

import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The submitted answers a round's results are computed from, in one query per kind of answer. */
@Repository
class ResultsRepository {

    /** Perception answers of submitted responses, counted: commitment → group → how many of each value. */
    record Perceptions(Map<Integer, Map<RespondentGroup, Tally>> byCommitment) {
    }

    private final JdbcClient jdbc;

    ResultsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Perceptions perceptions(long roundId) {
        var map = new HashMap<Integer, Map<RespondentGroup, Tally>>();
        jdbc.sql("""
                select q.commitment_number, r.respondent_group, a.choice, count(*)
                from survey_answer a
                join survey_question q on q.id = a.question_id
                join survey_response r on r.id = a.response_id
                where r.round_id = :round and r.state = 'SUBMITTED' and q.kind = 'PERCEPTION' and q.commitment_number is not null
                group by q.commitment_number, r.respondent_group, a.choice
                """).param("round", roundId)
                .query((ResultSet rs) -> {
                    map.computeIfAbsent(rs.getInt(1), k -> new EnumMap<>(RespondentGroup.class))
                            .computeIfAbsent(RespondentGroup.valueOf(rs.getString(2)), k -> new Tally())
                            .add(Perception.valueOf(rs.getString(3)), rs.getInt(4));
                });
        return new Perceptions(map);
    }

    /** Only the kinds of question that take text: the round's few text answers come from their questions' index. */
    List<RoundResults.FreeText> freeTexts(long roundId, boolean publishableOnly) {
        return jdbc.sql("""
                select a.response_id, a.question_id, q.commitment_number, q.kind, a.text_value, r.respondent_group, a.publishable
                from survey_answer a
                join survey_question q on q.id = a.question_id
                join survey_response r on r.id = a.response_id
                where r.round_id = :round and r.state = 'SUBMITTED' and a.text_value is not null
                  and q.round_id = :round and q.kind in ('COMMENT', 'ACTIONS', 'TEXT')
                  and (:all or a.publishable)
                order by q.sort_order, a.response_id
                limit 2000
                """).param("round", roundId).param("all", !publishableOnly)
                .query((rs, i) -> new RoundResults.FreeText(rs.getLong(1), rs.getLong(2), (Integer) rs.getObject(3, Integer.class),
                        QuestionKind.valueOf(rs.getString(4)), rs.getString(5), RespondentGroup.valueOf(rs.getString(6)),
                        rs.getBoolean(7)))
                .list();
    }

    /** Invited and submitted per group. */
    Map<RespondentGroup, int[]> rates(long roundId) {
        var rates = new EnumMap<RespondentGroup, int[]>(RespondentGroup.class);
        jdbc.sql("""
                select i.respondent_group, count(*), count(r.id)
                from survey_invitation i
                left join survey_response r on r.invitation_id = i.id and r.state = 'SUBMITTED'
                where i.round_id = :round group by i.respondent_group
                """).param("round", roundId)
                .query((ResultSet rs) -> {
                    rates.put(RespondentGroup.valueOf(rs.getString(1)), new int[]{rs.getInt(2), rs.getInt(3)});
                });
        return rates;
    }
}
