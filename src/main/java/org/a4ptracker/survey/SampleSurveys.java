package org.a4ptracker.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.a4ptracker.shared.SampleDataProperties;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In sample mode, two published rounds of generated responses (marked sample) so that results and
 * the comparison between rounds have something to show: no official percentages are ever seeded.
 */
@Component
@Order(60)
class SampleSurveys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleSurveys.class);

    private final SurveyService surveys;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final SampleDataProperties sample;

    private final SurveySummaries summaries;

    SampleSurveys(SurveyService surveys, JdbcClient jdbc, JdbcTemplate batch, SampleDataProperties sample, SurveySummaries summaries) {
        this.summaries = summaries;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.batch = batch;
        this.sample = sample;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!sample.enabled() || jdbc.sql("select count(*) from survey_round").query(Long.class).single() > 0) {
            return;
        }
        var groups = List.of(RespondentGroup.MEMBER_STATES, RespondentGroup.ORGANISATIONS, RespondentGroup.MISSIONS,
                RespondentGroup.SECRETARIAT);
        long first = surveys.insert(null, new RoundForm("Sample perception survey 2024", "Generated sample round: not real answers.",
                LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31), groups, null), true);
        long second = surveys.insert(null, new RoundForm("Sample perception survey 2025", "Generated sample round: not real answers.",
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 31), groups, first), true);
        int answered = fill(first, 0.0, new Random(2024)) + fill(second, 0.35, new Random(2025));
        jdbc.sql("update survey_round set state = 'PUBLISHED' where id in (:ids)").param("ids", List.of(first, second)).update();
        summaries.recompute(); // published above by SQL, not through the workflow
        log.info("Sample survey rounds generated (labelled as sample): 2 published rounds, {} responses", answered);
    }

    /** Invites every stakeholder of the round's groups and has about 85% of them answer, more positively by {@code shift}. */
    private int fill(long roundId, double shift, Random random) {
        Round round = surveys.round(roundId);
        Instant now = Instant.now();
        var invitations = new ArrayList<Object[]>();
        var responses = new ArrayList<StakeholderSummary>();
        var groupOf = new java.util.HashMap<Long, RespondentGroup>();
        for (RespondentGroup group : round.groups()) {
            for (StakeholderSummary s : surveys.members(group, round.opensOn().getYear())) {
                invitations.add(new Object[]{roundId, s.id(), group.name(), SurveyTokens.hash(SurveyTokens.generate()), Timestamp.from(now)});
                groupOf.put(s.id(), group);
                if (random.nextDouble() < 0.85) {
                    responses.add(s);
                }
            }
        }
        batch.batchUpdate("insert into survey_invitation (round_id, stakeholder_id, respondent_group, token_hash, created_at) values (?, ?, ?, ?, ?)",
                invitations);
        Timestamp submitted = Timestamp.valueOf(round.closesOn().atStartOfDay().minusDays(3));
        var answers = new ArrayList<Object[]>();
        for (StakeholderSummary s : responses) {
            long invitation = jdbc.sql("select id from survey_invitation where round_id = :r and stakeholder_id = :s")
                    .param("r", roundId).param("s", s.id()).query(Long.class).single();
            jdbc.sql("""
                    insert into survey_response (invitation_id, round_id, stakeholder_id, respondent_group, state, started_at, updated_at,
                                                 submitted_at, source, sample)
                    values (:i, :r, :s, :g, 'SUBMITTED', :t, :t, :t, 'SAMPLE', true)
                    """).param("i", invitation).param("r", roundId).param("s", s.id()).param("g", groupOf.get(s.id()).name())
                    .param("t", submitted).update();
            long response = jdbc.sql("select id from survey_response where invitation_id = :i").param("i", invitation).query(Long.class).single();
            for (Round.Question q : round.questions()) {
                if (q.kind() == QuestionKind.PERCEPTION && random.nextDouble() < 0.93) {
                    answers.add(new Object[]{response, q.id(), perception(random, q.commitment(), shift).name(), null});
                } else if (q.kind() == QuestionKind.COMMENT && random.nextDouble() < 0.02) {
                    answers.add(new Object[]{response, q.id(), null, "Sample comment (generated): progress depends on resources."});
                }
            }
        }
        int individuals = individualResponses(round, submitted, shift, random, answers);
        batch.batchUpdate("insert into survey_answer (response_id, question_id, choice, text_value, publishable) values (?, ?, ?, ?, false)",
                answers);
        return responses.size() + individuals;
    }

    /** Mission and Secretariat staff answering as individuals (no invitation, no stakeholder): a bigger sample per round. */
    private int individualResponses(Round round, Timestamp submitted, double shift, Random random, List<Object[]> answers) {
        int count = 220;
        for (int i = 0; i < count; i++) {
            String group = random.nextBoolean() ? RespondentGroup.MISSIONS.name() : RespondentGroup.SECRETARIAT.name();
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                    insert into survey_response (round_id, respondent_group, state, started_at, updated_at, submitted_at, source, sample)
                    values (:r, :g, 'SUBMITTED', :t, :t, :t, 'SAMPLE', true)
                    """).param("r", round.id()).param("g", group).param("t", submitted).update(keys, "id");
            long response = keys.getKey().longValue();
            for (Round.Question q : round.questions()) {
                if (q.kind() == QuestionKind.PERCEPTION && random.nextDouble() < 0.8) {
                    answers.add(new Object[]{response, q.id(), perception(random, q.commitment(), shift).name(), null});
                }
            }
        }
        return count;
    }

    private static Perception perception(Random random, int commitment, double shift) {
        if (random.nextDouble() < 0.08) {
            return Perception.DONT_KNOW;
        }
        double centre = 1.4 + (commitment % 5) * 0.25 + shift;
        int score = (int) Math.round(Math.max(0, Math.min(4, centre + random.nextGaussian() * 0.9)));
        return Perception.values()[score];
    }
}
