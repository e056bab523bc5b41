package org.a4ptracker.survey;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Survey rounds end to end through the services, on a real database; run on H2 and PostgreSQL. */
abstract class SurveyRepositoryContract {

    @Autowired
    SurveyService surveys;
    @Autowired
    ResponseService responses;
    @Autowired
    ResultsService results;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SurveySummaries summaries;

    CurrentUser reviewer;

    @BeforeEach
    void reviewer() {
        reviewer = new TestAccounts(jdbc).reviewer();
    }

    private long round(RespondentGroup... groups) {
        return surveys.create(reviewer, new RoundForm("Test round", "Intro", LocalDate.now().minusDays(1), LocalDate.now().plusDays(10),
                List.of(groups), null));
    }

    private Map<String, String> open(long id) {
        var links = new HashMap<String, String>();
        surveys.open(reviewer, id, surveys.round(id).lockVersion()).forEach((s, token) -> links.put(s.code(), token));
        return links;
    }

    private static Map<String, String[]> answers(Round round, int commitment, Perception p, String comment) {
        var form = new HashMap<String, String[]>();
        round.questions().stream().filter(q -> Integer.valueOf(commitment).equals(q.commitment())).forEach(q -> {
            if (q.kind() == QuestionKind.PERCEPTION) {
                form.put("q" + q.id(), new String[]{p.name()});
            } else if (q.kind() == QuestionKind.COMMENT && comment != null) {
                form.put("q" + q.id(), new String[]{comment});
            }
        });
        return form;
    }

    @Test
    void theQuestionnaireIsGeneratedFromTheFrameworkEditableUntilOpenThenFrozen() {
        long id = round(RespondentGroup.ORGANISATIONS);
        Round round = surveys.round(id);
        assertThat(round.questions()).hasSize(135);
        assertThat(round.questions()).filteredOn(q -> q.kind() == QuestionKind.PERCEPTION).extracting(Round.Question::commitment)
                .hasSize(45).startsWith(1, 2, 3).endsWith(45);
        surveys.addQuestion(reviewer, id, QuestionKind.SINGLE, "Did you use the guidance?", List.of("Yes", "No"));
        assertThat(surveys.round(id).questions()).hasSize(136);
        var links = open(id);
        assertThat(links).containsOnlyKeys("EU", "AU", "OIF", "NATO");
        assertThat(links.values()).allMatch(t -> t.length() >= 43);
        assertThatThrownBy(() -> surveys.addQuestion(reviewer, id, QuestionKind.TEXT, "Late question", List.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("frozen");
        assertThatThrownBy(() -> surveys.removeQuestion(reviewer, id, round.questions().get(0).id()))
                .isInstanceOf(ConflictException.class);
        assertThat(surveys.round(id).questions()).hasSize(136);
    }

    @Test
    void roleGroupsInviteTheStatesHoldingTheRoleThatYearOnce() {
        long council = round(RespondentGroup.COUNCIL_MEMBERS);
        assertThat(open(council)).containsOnlyKeys("CHN", "FRA", "RUS", "GBR", "USA");
        long both = round(RespondentGroup.MEMBER_STATES, RespondentGroup.HOST_COUNTRIES);
        var links = open(both);
        assertThat(links).hasSize(193).containsKeys("CAF", "LBN", "GHA");
        assertThat(jdbc.sql("select respondent_group from survey_invitation i join stakeholder s on s.id = i.stakeholder_id "
                + "where i.round_id = :r and s.code = 'CAF'").param("r", both).query(String.class).single()).isEqualTo("HOST_COUNTRIES");
        assertThat(jdbc.sql("select respondent_group from survey_invitation i join stakeholder s on s.id = i.stakeholder_id "
                + "where i.round_id = :r and s.code = 'GHA'").param("r", both).query(String.class).single()).isEqualTo("MEMBER_STATES");
    }

    @Test
    void aLinkSavesAndResumesThenCannotBeUsedAgainAfterSubmission() {
        long id = round(RespondentGroup.ORGANISATIONS);
        String link = open(id).get("EU");
        Round round = surveys.round(id);
        assertThat(responses.submitByLink(link).refusal().key()).isEqualTo("survey.refused.empty"); // nothing to submit yet
        assertThat(responses.byLink(link).state()).isEqualTo("NOT_STARTED");
        var saved = responses.saveByLink(link, answers(round, 13, Perception.SOME, "Half done"), null);
        assertThat(saved.state()).isEqualTo("IN_PROGRESS");
        var resumed = responses.byLink(link);
        long perception13 = round.questions().stream().filter(q -> q.kind() == QuestionKind.PERCEPTION && q.commitment() == 13)
                .findFirst().orElseThrow().id();
        assertThat(resumed.answers().get(perception13)).containsExactly("SOME");
        assertThat(resumed.answerable()).isTrue();
        // a step saves its own questions only: the comment on 13 stays when another step is saved
        long comment13 = round.questions().stream().filter(q -> q.kind() == QuestionKind.COMMENT && q.commitment() == 13)
                .findFirst().orElseThrow().id();
        long perception14 = round.questions().stream().filter(q -> q.kind() == QuestionKind.PERCEPTION && q.commitment() == 14)
                .findFirst().orElseThrow().id();
        responses.saveByLink(link, Map.of("q" + perception14, new String[]{"FULL"}), List.of(perception14));
        assertThat(responses.byLink(link).answers()).containsEntry(comment13, List.of("Half done"))
                .containsEntry(perception14, List.of("FULL"));
        submit(link, answers(round, 13, Perception.SIGNIFICANT, null));
        var used = responses.byLink(link);
        assertThat(used.state()).isEqualTo("SUBMITTED");
        assertThat(used.answerable()).isFalse();
        // refused after submission: nothing written, what was typed comes back with the reason
        var refused = responses.saveByLink(link, answers(round, 13, Perception.NONE, "Too late"), null);
        assertThat(refused.refusal().key()).isEqualTo("survey.refused.submitted");
        assertThat(refused.answers()).containsEntry(perception13, List.of("NONE")).containsEntry(comment13, List.of("Too late"));
        assertThat(responses.byLink(link).answers()).containsEntry(perception13, List.of("SIGNIFICANT"));
        assertThatThrownBy(() -> responses.byLink("made-up-link")).isInstanceOf(NotFoundException.class);

        long responseId = jdbc.sql("select id from survey_response where round_id = :r").param("r", id).query(Long.class).single();
        responses.reopen(reviewer, responseId);
        assertThat(responses.byLink(link).answerable()).isTrue();
    }

    @Test
    void invalidAnswersAreRefusedWithTheirQuestionAndNothingIsSaved() {
        long id = round(RespondentGroup.ORGANISATIONS);
        surveys.addQuestion(reviewer, id, QuestionKind.NUMBER, "How many people were trained?", List.of());
        String link = open(id).get("AU");
        Round round = surveys.round(id);
        long number = round.questions().get(round.questions().size() - 1).id();
        var form = answers(round, 1, Perception.SOME, null);
        form.put("q" + number, new String[]{"about forty"});
        long perception1 = round.questions().get(0).id();
        form.put("q" + perception1, new String[]{"VERY_MUCH"});
        var refused = responses.saveByLink(link, form, null);
        assertThat(refused.problems()).containsOnlyKeys(number, perception1);
        assertThat(refused.answers().get(number)).containsExactly("about forty");
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r").param("r", id).query(Long.class).single()).isZero();
    }

    @Test
    void theDeadlineAndTheRoundStateAreEnforced() {
        long id = surveys.create(reviewer, new RoundForm("Past", null, LocalDate.now().minusDays(20), LocalDate.now().minusDays(5),
                List.of(RespondentGroup.SECRETARIAT), null));
        String link = open(id).get("DPO");
        assertThat(responses.byLink(link).refusal().key()).isEqualTo("survey.refused.deadline");
        assertThat(responses.saveByLink(link, Map.of(), null).refusal().key()).isEqualTo("survey.refused.deadline");
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r").param("r", id).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> surveys.publish(reviewer, id, surveys.round(id).lockVersion())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aFocalPointAnswersOnlyForItsOwnStakeholder() {
        long id = round(RespondentGroup.ORGANISATIONS);
        open(id);
        var eu = new TestAccounts(jdbc).focalPointOf("EU");
        Round round = surveys.round(id);
        responses.saveAsFocalPoint(eu, id, "EU", answers(round, 2, Perception.FULL, null), null);
        assertThat(responses.asFocalPoint(eu, id, "EU").state()).isEqualTo("IN_PROGRESS");
        assertThatThrownBy(() -> responses.asFocalPoint(eu, id, "AU")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.saveAsFocalPoint(eu, id, "AU", answers(round, 2, Perception.NONE, null), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r").param("r", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void resultsAreForReviewersUntilPublishedAndSuppressBelowFive() {
        long id = round(RespondentGroup.ORGANISATIONS, RespondentGroup.SECRETARIAT);
        var links = open(id);
        Round round = surveys.round(id);
        // 4 organisations and 5 Secretariat entities answer commitment 20: organisations stay hidden, the Secretariat shows
        List<Perception> org = List.of(Perception.NONE, Perception.SOME, Perception.FULL, Perception.FULL);
        int i = 0;
        for (String code : List.of("EU", "AU", "OIF", "NATO")) {
            submit(links.get(code), answers(round, 20, org.get(i++), "Text from " + code));
        }
        List<Perception> sec = List.of(Perception.LITTLE, Perception.SOME, Perception.SOME, Perception.SIGNIFICANT, Perception.DONT_KNOW);
        i = 0;
        for (String code : List.of("DPO", "DOS", "DPPA", "DMSPC", "UNSEC")) {
            submit(links.get(code), answers(round, 20, sec.get(i++), null));
        }
        assertThatThrownBy(() -> results.results(null, id, null)).isInstanceOf(NotFoundException.class);
        var forReviewer = results.results(reviewer, id, null);
        var c20 = forReviewer.commitments().stream().filter(c -> c.commitment() == 20).findFirst().orElseThrow();
        assertThat(c20.byGroup().get(RespondentGroup.ORGANISATIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        // all (9) minus the Secretariat (5) would give the 4 organisations' answers: the Secretariat is withheld too
        var secretariat = c20.byGroup().get(RespondentGroup.SECRETARIAT);
        assertThat(secretariat.suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(secretariat.respondents()).isNull();
        assertThat(secretariat.meanScore()).isNull();
        assertThat(c20.overall().respondents()).isEqualTo(9);
        assertThat(c20.overall().meanScore()).isEqualByComparingTo("2.25"); // (0+2+4+4 + 1+2+2+3) / 8 scored = 18 / 8
        assertThat(forReviewer.rate().answered()).isEqualTo(9);
        assertThat(forReviewer.rateByGroup().get(RespondentGroup.ORGANISATIONS).suppression()).isEqualTo(Suppression.FEWER_THAN_5);
        assertThat(forReviewer.rateByGroup().get(RespondentGroup.SECRETARIAT).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(forReviewer.freeTexts()).hasSize(4);

        surveys.close(reviewer, id, surveys.round(id).lockVersion());
        surveys.publish(reviewer, id, surveys.round(id).lockVersion());
        var forPublic = results.results(null, id, null);
        assertThat(forPublic.freeTexts()).isEmpty();
        var text = forReviewer.freeTexts().get(0);
        responses.publishable(reviewer, text.responseId(), text.questionId(), true);
        assertThat(results.results(null, id, null).freeTexts()).singleElement().extracting(RoundResults.FreeText::text)
                .isEqualTo(text.text());

        // published results are final: a response cannot be reopened, and the figures read again (kept after the first read) are the same
        assertThatThrownBy(() -> responses.reopen(reviewer, text.responseId())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("only while the round is open");
        var again = results.figures(null, id, null).commitments().stream().filter(c -> c.commitment() == 20).findFirst().orElseThrow();
        assertThat(again.overall().respondents()).isEqualTo(9);
        assertThat(again.overall().meanScore()).isEqualByComparingTo("2.25");
        assertThat(again.byGroup().get(RespondentGroup.SECRETARIAT).suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(results.figures(null, id, null).freeTexts()).isEmpty(); // figures only
        assertThat(results.figures(null, id, null).rate().answered()).isEqualTo(9);

        // the counts the publishing transaction kept are those a recompute from the answers writes (issue 15)
        var kept = tallies(id);
        assertThat(kept).contains("20|SECRETARIAT|SOME|2", "20|ORGANISATIONS|FULL|2", "rate|SECRETARIAT|5|5");
        assertThat(summaries.recompute()).isPositive();
        assertThat(tallies(id)).isEqualTo(kept);
    }

    private List<String> tallies(long roundId) {
        var rows = new java.util.ArrayList<>(jdbc.sql("""
                select commitment_number, respondent_group, choice, answers from survey_tally where round_id = :id
                order by commitment_number, respondent_group, choice
                """).param("id", roundId).query((rs, n) -> rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4)).list());
        rows.addAll(jdbc.sql("select respondent_group, invited, submitted from survey_rate_tally where round_id = :id order by respondent_group")
                .param("id", roundId).query((rs, n) -> "rate|" + rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getInt(3)).list());
        return rows;
    }

    /** Saves every answer of the form and submits, as a respondent going through all the steps would. */
    /**
     * Two tabs or devices on one link at once: first saves never make two responses (nor a 500), and a save that
     * races the submission either lands before it or is refused with what was typed; it never turns the
     * submitted response back to "in progress".
     */
    @Test
    void savesAndTheSubmissionOfOneLinkTakeTurns() throws Exception {
        long id = round(RespondentGroup.ORGANISATIONS);
        Round round = surveys.round(id);
        // each tab saves its own step: the questions of one commitment
        java.util.function.IntFunction<List<Long>> step = c -> round.questions().stream()
                .filter(q -> Integer.valueOf(c).equals(q.commitment())).map(Round.Question::id).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        long links = 0;
        try {
            for (String link : open(id).values()) {
                var start = new java.util.concurrent.CountDownLatch(1);
                var first = pool.submit(() -> {
                    start.await();
                    return responses.saveByLink(link, answers(round, 13, Perception.SOME, "Tab one"), step.apply(13));
                });
                var second = pool.submit(() -> {
                    start.await();
                    return responses.saveByLink(link, answers(round, 14, Perception.FULL, "Tab two"), step.apply(14));
                });
                start.countDown();
                assertThat(first.get().refusal()).isNull();
                assertThat(second.get().refusal()).isNull();
                links++;
                assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r").param("r", id).query(Long.class)
                        .single()).as("one response per link").isEqualTo(links);
                assertThat(responses.byLink(link).answers().values()).contains(List.of("Tab one"), List.of("Tab two"));

                var go = new java.util.concurrent.CountDownLatch(1);
                var late = pool.submit(() -> {
                    go.await();
                    return responses.saveByLink(link, answers(round, 15, Perception.NONE, "Late tab"), step.apply(15));
                });
                var submitted = pool.submit(() -> {
                    go.await();
                    return responses.submitByLink(link);
                });
                go.countDown();
                assertThat(submitted.get().state()).isEqualTo("SUBMITTED");
                var lateView = late.get();
                var now = responses.byLink(link);
                assertThat(now.state()).isEqualTo("SUBMITTED");
                if (lateView.refusal() != null) {
                    // refused after the submission: the typed answer comes back, and is not in the submitted response
                    assertThat(lateView.refusal().key()).isEqualTo("survey.refused.submitted");
                    assertThat(lateView.answers().values()).contains(List.of("Late tab"));
                    assertThat(now.answers().values()).doesNotContain(List.of("Late tab"));
                } else {
                    assertThat(now.answers().values()).contains(List.of("Late tab"));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r").param("r", id).query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from survey_response where round_id = :r and state = 'SUBMITTED'").param("r", id)
                .query(Long.class).single()).isEqualTo(4);
    }

    private void submit(String link, Map<String, String[]> form) {
        assertThat(responses.saveByLink(link, form, null).problems()).isEmpty();
        assertThat(responses.submitByLink(link).state()).isEqualTo("SUBMITTED");
    }
}
