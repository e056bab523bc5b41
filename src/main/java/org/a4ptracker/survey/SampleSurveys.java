package org.a4ptracker.survey;

import static org.a4ptracker.shared.SampleHash.below;
import static org.a4ptracker.shared.SampleHash.key;
import static org.a4ptracker.shared.SampleHash.r;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a4ptracker.shared.BulkInsert;
import org.a4ptracker.shared.SampleGenerator;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sample instance's perception surveys: three published rounds of generated responses, a baseline in 2019 (DPO
 * surveyed perceptions of progress in August 2019) and yearly rounds from 2024, each copied from the one before so
 * that results compare. The 2019 survey's response rates and results were never published, so none are imitated:
 * about two in five Member States answer, and most organisations, missions and Secretariat entities, plus staff
 * answering as individuals. Rounds and questionnaires are created by {@link SurveyService}; invitations, responses
 * and answers are written in bulk, and the round is published by setting the state its workflow ends in; its
 * counts are recomputed by the caller. Invitation links are random, as the app makes them, and never shown.
 */
@Component
@Order(60)
class SampleSurveys implements SampleGenerator {

    private record Plan(int year, double stateRate, double shift, int individuals) {
    }

    private static final List<Plan> ROUNDS = List.of(new Plan(2019, 0.44, 0.0, 120), new Plan(2024, 0.37, 0.3, 150),
            new Plan(2025, 0.41, 0.4, 170));
    private static final Map<RespondentGroup, Double> OTHER_RATES = Map.of(RespondentGroup.ORGANISATIONS, 0.75,
            RespondentGroup.MISSIONS, 0.8, RespondentGroup.SECRETARIAT, 0.8);

    private final SurveyService surveys;
    private final BulkInsert bulk;
    private final JdbcClient jdbc;

    SampleSurveys(SurveyService surveys, BulkInsert bulk, JdbcClient jdbc) {
        this.surveys = surveys;
        this.bulk = bulk;
        this.jdbc = jdbc;
    }

    @Override
    public String part() {
        return "perception surveys";
    }

    @Override
    public boolean pending() {
        return jdbc.sql("select count(*) from survey_round").query(Long.class).single() == 0;
    }

    @Override
    public String generate() {
        var groups = List.of(RespondentGroup.MEMBER_STATES, RespondentGroup.ORGANISATIONS, RespondentGroup.MISSIONS,
                RespondentGroup.SECRETARIAT);
        Long previous = null;
        int responses = 0;
        int invited = 0;
        for (Plan plan : ROUNDS) {
            boolean baseline = plan.year() == 2019;
            long id = surveys.insert(null, new RoundForm("Sample perception survey " + plan.year(), "Generated sample round: not real answers.",
                    LocalDate.of(plan.year(), baseline ? 8 : 9, 1), LocalDate.of(plan.year(), baseline ? 9 : 10, baseline ? 30 : 31), groups,
                    previous), true);
            int[] counts = fill(surveys.round(id), plan);
            invited += counts[0];
            responses += counts[1];
            jdbc.sql("update survey_round set state = 'PUBLISHED', lock_version = 3 where id = :id").param("id", id).update();
            previous = id;
        }
        return String.format(java.util.Locale.ROOT, "%d published rounds, %,d invitations, %,d responses", ROUNDS.size(), invited, responses);
    }

    /** Invites every member of the round's groups; some answer, and staff answer as individuals. Returns {invited, responses}. */
    private int[] fill(Round round, Plan plan) {
        var invitations = new ArrayList<Object[]>();
        var answering = new ArrayList<Object[]>();
        Timestamp opened = Timestamp.valueOf(round.opensOn().atTime(9, 0));
        for (RespondentGroup group : round.groups()) {
            for (StakeholderSummary s : surveys.members(group, round.opensOn().getYear())) {
                invitations.add(new Object[] {round.id(), s.id(), group.name(), SurveyTokens.hash(SurveyTokens.generate()), opened});
                double rate = group == RespondentGroup.MEMBER_STATES ? plan.stateRate() : OTHER_RATES.getOrDefault(group, 0.5);
                answering.add(r(key(s.code()), plan.year()) < rate ? new Object[] {s.id(), group.name()} : null);
            }
        }
        List<Long> invitationIds = bulk.insertWithNewIds("survey_invitation", List.of("round_id", "stakeholder_id", "respondent_group",
                "token_hash", "created_at"), invitations);
        var responses = new ArrayList<Object[]>();
        for (int i = 0; i < answering.size(); i++) {
            if (answering.get(i) != null) {
                responses.add(response(round, invitationIds.get(i), (Long) answering.get(i)[0], (String) answering.get(i)[1], i));
            }
        }
        int fromInvitations = responses.size();
        for (int i = 0; i < plan.individuals(); i++) {
            String group = r(i, plan.year() * 7L) < 0.5 ? RespondentGroup.MISSIONS.name() : RespondentGroup.SECRETARIAT.name();
            responses.add(response(round, null, null, group, 10_000 + i));
        }
        List<Long> responseIds = bulk.insertWithNewIds("survey_response", List.of("invitation_id", "round_id", "stakeholder_id",
                "respondent_group", "state", "started_at", "updated_at", "submitted_at", "source", "sample"), responses);
        var answers = new ArrayList<Object[]>();
        for (int i = 0; i < responseIds.size(); i++) {
            answers(round, plan, responseIds.get(i), i < fromInvitations, answers);
        }
        bulk.insert("survey_answer", List.of("response_id", "question_id", "choice", "text_value", "publishable"), answers);
        return new int[] {invitations.size(), responses.size()};
    }

    /** A submitted response, started some days into the round and submitted before it closed. */
    private static Object[] response(Round round, Long invitation, Long stakeholder, String group, int n) {
        var started = round.opensOn().atTime(8, 0).plusDays(below(n, round.id() * 3, 40)).plusMinutes(below(n, 5, 600));
        var submitted = started.plusDays(below(n, 6, 10));
        var last = round.closesOn().atTime(18, 0);
        Timestamp at = Timestamp.valueOf(submitted.isAfter(last) ? last : submitted);
        return new Object[] {invitation, round.id(), stakeholder, group, "SUBMITTED", Timestamp.valueOf(started.isAfter(last) ? last : started),
                at, at, "SAMPLE", true};
    }

    private static void answers(Round round, Plan plan, long response, boolean stakeholder, List<Object[]> answers) {
        for (Round.Question q : round.questions()) {
            long n = response * 64 + q.position();
            if (q.kind() == QuestionKind.PERCEPTION && r(n, 32) < (stakeholder ? 0.93 : 0.8)) {
                answers.add(new Object[] {response, q.id(), perception(n, q.commitment(), plan.shift()).name(), null, false});
            } else if (q.kind() == QuestionKind.COMMENT && r(n, 33) < 0.02) {
                answers.add(new Object[] {response, q.id(), null, "Sample comment (generated): progress depends on resources.", false});
            }
        }
    }

    /** About 8% "don't know"; otherwise around a level that differs by commitment and rises by {@code shift} over the rounds. */
    private static Perception perception(long n, int commitment, double shift) {
        if (r(n, 34) < 0.08) {
            return Perception.DONT_KNOW;
        }
        double noise = (r(n, 35) + r(n, 36) + r(n, 37) - 1.5) * 1.6;
        int score = (int) Math.round(Math.max(0, Math.min(4, 1.4 + (commitment % 5) * 0.25 + shift + noise)));
        return Perception.values()[score];
    }
}
