package org.a4ptracker.survey;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rounds and their questionnaires. */
@Repository
class SurveyRepository {

    private final JdbcClient jdbc;

    SurveyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertRound(String title, String intro, LocalDate opens, LocalDate closes, List<RespondentGroup> groups, Long copiedFrom,
                     Long userId, Instant now, boolean sample) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_round (title, intro, opens_on, closes_on, state, groups_text, copied_from, created_at, created_by, sample)
                values (:title, :intro, :opens, :closes, 'DRAFT', :groups, :copied, :now, :user, :sample)
                """).param("title", title).param("intro", intro).param("opens", opens).param("closes", closes)
                .param("groups", String.join(",", groups.stream().map(Enum::name).toList())).param("copied", copiedFrom)
                .param("now", Timestamp.from(now)).param("user", userId).param("sample", sample).update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertQuestion(long roundId, int position, QuestionKind kind, Integer commitment, String text, List<String> options) {
        jdbc.sql("""
                insert into survey_question (round_id, sort_order, kind, commitment_number, question_text, options)
                values (:round, :position, :kind, :commitment, :text, :options)
                """).param("round", roundId).param("position", position).param("kind", kind.name()).param("commitment", commitment)
                .param("text", text).param("options", options == null || options.isEmpty() ? null : String.join("\n", options)).update();
    }

    int deleteQuestion(long roundId, long questionId) {
        return jdbc.sql("delete from survey_question where id = :q and round_id = :r").param("q", questionId).param("r", roundId).update();
    }

    boolean setState(long roundId, RoundState state, int expectedLock) {
        return jdbc.sql("update survey_round set state = :state, lock_version = lock_version + 1 where id = :id and lock_version = :lock")
                .param("state", state.name()).param("id", roundId).param("lock", expectedLock).update() == 1;
    }

    Optional<Round> round(long id) {
        return rounds(id).stream().findFirst();
    }

    List<Round> rounds(Long only) {
        var questions = new HashMap<Long, List<Round.Question>>();
        jdbc.sql("""
                select * from survey_question where cast(:only as bigint) is null or round_id = :only order by round_id, sort_order, id
                """).param("only", only)
                .query((ResultSet rs) -> {
                    String options = rs.getString("options");
                    questions.computeIfAbsent(rs.getLong("round_id"), k -> new ArrayList<>()).add(new Round.Question(rs.getLong("id"),
                            rs.getInt("sort_order"), QuestionKind.valueOf(rs.getString("kind")),
                            (Integer) rs.getObject("commitment_number", Integer.class), rs.getString("question_text"),
                            options == null ? List.of() : List.of(options.split("\n"))));
                });
        return jdbc.sql("select * from survey_round where cast(:only as bigint) is null or id = :only order by opens_on desc, id desc")
                .param("only", only)
                .query((rs, i) -> new Round(rs.getLong("id"), rs.getString("title"), rs.getString("intro"),
                        rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                        RoundState.valueOf(rs.getString("state")),
                        Arrays.stream(rs.getString("groups_text").split(",")).map(RespondentGroup::valueOf).toList(),
                        (Long) rs.getObject("copied_from", Long.class), rs.getInt("lock_version"), rs.getBoolean("sample"),
                        questions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }
}
