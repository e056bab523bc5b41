package org.a4ptracker.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Invitations, responses and answers. */
@Repository
class ResponseRepository {

    record Invitation(long id, long roundId, long stakeholderId, RespondentGroup group, Instant remindedAt) {
    }

    record Response(long id, long roundId, Long stakeholderId, RespondentGroup group, String state, Instant updatedAt, Instant submittedAt) {
        boolean submitted() {
            return "SUBMITTED".equals(state);
        }
    }

    /** One answer: a choice (perception level or option), a number, or text. */
    record Answer(long questionId, String choice, BigDecimal number, String text, boolean publishable) {
    }

    private final JdbcClient jdbc;

    ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertInvitation(long roundId, long stakeholderId, RespondentGroup group, String tokenHash, Instant now) {
        jdbc.sql("""
                insert into survey_invitation (round_id, stakeholder_id, respondent_group, token_hash, created_at)
                values (:round, :stakeholder, :group, :hash, :now)
                """).param("round", roundId).param("stakeholder", stakeholderId).param("group", group.name())
                .param("hash", tokenHash).param("now", Timestamp.from(now)).update();
    }

    void replaceToken(long invitationId, String tokenHash, Instant remindedAt) {
        jdbc.sql("update survey_invitation set token_hash = :hash, reminded_at = :at where id = :id")
                .param("hash", tokenHash).param("at", remindedAt == null ? null : Timestamp.from(remindedAt)).param("id", invitationId).update();
    }

    Optional<Invitation> invitationByToken(String tokenHash) {
        return jdbc.sql("select * from survey_invitation where token_hash = :hash").param("hash", tokenHash)
                .query(ResponseRepository::invitation).optional();
    }

    Optional<Invitation> invitation(long roundId, long stakeholderId) {
        return jdbc.sql("select * from survey_invitation where round_id = :r and stakeholder_id = :s")
                .param("r", roundId).param("s", stakeholderId).query(ResponseRepository::invitation).optional();
    }

    /** An invitation with the state of its response (NOT_STARTED when there is none). */
    record InvitationStatus(Invitation invitation, String state, Long responseId) {
    }

    /** Invitations of a round with whether they were answered, in one query. */
    List<InvitationStatus> invitations(long roundId) {
        return jdbc.sql("""
                select i.*, r.state as response_state, r.id as response_id from survey_invitation i
                left join survey_response r on r.invitation_id = i.id
                where i.round_id = :round order by i.respondent_group, i.stakeholder_id
                """).param("round", roundId)
                .query((rs, n) -> new InvitationStatus(invitation(rs, n), rs.getString("response_state") == null ? "NOT_STARTED"
                        : rs.getString("response_state"), (Long) rs.getObject("response_id", Long.class))).list();
    }

    /**
     * Takes the invitation's row lock until the transaction ends: the saves and the submission of one invitation
     * (two tabs, a phone and a desk, a background save racing Next) then take turns, so that a save never turns a
     * response submitted meanwhile back to "in progress" and two first saves never both insert a response.
     */
    void lockInvitation(long invitationId) {
        jdbc.sql("select id from survey_invitation where id = :i for update").param("i", invitationId).query(Long.class).single();
    }

    Optional<Response> responseOf(long invitationId) {
        return jdbc.sql("select * from survey_response where invitation_id = :i").param("i", invitationId)
                .query(ResponseRepository::response).optional();
    }

    Optional<Response> response(long id) {
        return jdbc.sql("select * from survey_response where id = :id").param("id", id).query(ResponseRepository::response).optional();
    }

    long insertResponse(Long invitationId, long roundId, Long stakeholderId, RespondentGroup group, String source, Instant now,
                        boolean sample) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into survey_response (invitation_id, round_id, stakeholder_id, respondent_group, state, started_at, updated_at, source, sample)
                values (:invitation, :round, :stakeholder, :group, 'IN_PROGRESS', :now, :now, :source, :sample)
                """).param("invitation", invitationId).param("round", roundId).param("stakeholder", stakeholderId)
                .param("group", group.name()).param("now", Timestamp.from(now)).param("source", source).param("sample", sample)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Rounds a stakeholder submitted a response to through its invitation, newest first. */
    List<Long> submittedRounds(long stakeholderId) {
        return jdbc.sql("""
                select i.round_id from survey_invitation i join survey_response r on r.invitation_id = i.id
                where i.stakeholder_id = :s and r.state = 'SUBMITTED' order by i.round_id desc
                """).param("s", stakeholderId).query(Long.class).list();
    }

    /** Stakeholders with a submitted response in the round, through an invitation or imported. */
    java.util.Set<Long> submittedStakeholders(long roundId) {
        return java.util.Set.copyOf(jdbc.sql("""
                select stakeholder_id from survey_response where round_id = :r and state = 'SUBMITTED' and stakeholder_id is not null
                """).param("r", roundId).query(Long.class).list());
    }

    void setResponseState(long id, String state, Instant now) {
        jdbc.sql("""
                update survey_response set state = :state, updated_at = :now,
                       submitted_at = case when cast(:state as varchar(20)) = 'SUBMITTED' then cast(:now as timestamp) else null end
                where id = :id
                """).param("state", state).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The answers to the questions of {@code scope} become {@code answers}; answers to other questions stay. */
    void replaceAnswers(long responseId, java.util.Collection<Long> scope, List<Answer> answers) {
        if (scope.isEmpty()) {
            return;
        }
        jdbc.sql("delete from survey_answer where response_id = :r and question_id in (:scope)").param("r", responseId)
                .param("scope", scope).update();
        for (Answer a : answers) {
            jdbc.sql("""
                    insert into survey_answer (response_id, question_id, choice, number_value, text_value, publishable)
                    values (:r, :q, :choice, :number, :text, false)
                    """).param("r", responseId).param("q", a.questionId()).param("choice", a.choice())
                    .param("number", a.number()).param("text", a.text()).update();
        }
    }

    Map<Long, Answer> answers(long responseId) {
        var answers = new HashMap<Long, Answer>();
        jdbc.sql("select * from survey_answer where response_id = :r").param("r", responseId).query((ResultSet rs) -> {
            answers.put(rs.getLong("question_id"), new Answer(rs.getLong("question_id"), rs.getString("choice"),
                    rs.getBigDecimal("number_value"), rs.getString("text_value"), rs.getBoolean("publishable")));
        });
        return answers;
    }

    void setPublishable(long responseId, long questionId, boolean publishable) {
        jdbc.sql("update survey_answer set publishable = :p where response_id = :r and question_id = :q")
                .param("p", publishable).param("r", responseId).param("q", questionId).update();
    }

    private static Invitation invitation(ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp reminded = rs.getTimestamp("reminded_at");
        return new Invitation(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("stakeholder_id"),
                RespondentGroup.valueOf(rs.getString("respondent_group")), reminded == null ? null : reminded.toInstant());
    }

    private static Response response(ResultSet rs, int i) throws java.sql.SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new Response(rs.getLong("id"), rs.getLong("round_id"), (Long) rs.getObject("stakeholder_id", Long.class),
                RespondentGroup.valueOf(rs.getString("respondent_group")), rs.getString("state"),
                rs.getTimestamp("updated_at").toInstant(), submitted == null ? null : submitted.toInstant());
    }
}
