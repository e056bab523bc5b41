package org.a4ptracker.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Text;
import org.a4ptracker.stakeholder.StakeholderService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a round, through an invitation link or as the stakeholder's focal point. Answers are
 * saved as the respondent goes and can be resumed; submitting ends it: the link cannot be used
 * again unless a reviewer reopens the response. Only before the closing date.
 */
@Service
@Transactional
public class ResponseService {

    private final SurveyService surveys;
    private final ResponseRepository responses;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    ResponseService(SurveyService surveys, ResponseRepository responses, StakeholderService stakeholders, AccessPolicy access,
                    AuditLog audit, Optional<Clock> clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.surveys = surveys;
        this.responses = responses;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public Questionnaire byLink(String token) {
        return view(invitation(token));
    }

    @Transactional(readOnly = true)
    public Questionnaire asFocalPoint(CurrentUser user, long roundId, String stakeholderCode) {
        return view(focalInvitation(user, roundId, stakeholderCode, "READ_SURVEY_RESPONSE"));
    }

    /**
     * Saves the answers the form gives to the questions of {@code scope} (question ids; null: every
     * question), all of them or none if any is invalid; answers to other questions stay. A save that
     * is refused (submitted, closed, past the deadline) or has problems writes nothing and returns the
     * questionnaire with what was typed, so that the page shows it again with the reason.
     */
    public Questionnaire saveByLink(String token, Map<String, String[]> form, java.util.Collection<Long> scope) {
        return save(invitation(token), form, scope, null);
    }

    public Questionnaire saveAsFocalPoint(CurrentUser user, long roundId, String stakeholderCode, Map<String, String[]> form,
                                          java.util.Collection<Long> scope) {
        return save(focalInvitation(user, roundId, stakeholderCode, "ANSWER_SURVEY"), form, scope, user);
    }

    /** Submits the saved answers; refused (nothing changed) when none is saved, or when answers are no longer taken. */
    public Questionnaire submitByLink(String token) {
        return submit(invitation(token), null);
    }

    public Questionnaire submitAsFocalPoint(CurrentUser user, long roundId, String stakeholderCode) {
        return submit(focalInvitation(user, roundId, stakeholderCode, "ANSWER_SURVEY"), user);
    }

    public void reopen(CurrentUser reviewer, long responseId) {
        var response = responses.response(responseId).orElseThrow(() -> new NotFoundException("Response", responseId));
        access.requireReviewer(reviewer, "REOPEN_SURVEY_RESPONSE", "survey_response", responseId, response.stakeholderId());
        if (!response.submitted()) {
            throw new ConflictException("survey.refused.reopen");
        }
        var round = surveys.round(response.roundId());
        if (round.state() != RoundState.OPEN) {
            throw new ConflictException("survey.refused.reopen-state", Text.of("round.word." + round.state().name()));
        }
        responses.setResponseState(responseId, "IN_PROGRESS", Instant.now(clock));
        audit.changed(reviewer, "REOPEN_SURVEY_RESPONSE", "survey_response", responseId, response.stakeholderId(), null);
        events.publishEvent(new SurveyResultsChanged(response.roundId()));
    }

    public void publishable(CurrentUser reviewer, long responseId, long questionId, boolean publishable) {
        var response = responses.response(responseId).orElseThrow(() -> new NotFoundException("Response", responseId));
        access.requireReviewer(reviewer, "MARK_FREE_TEXT", "survey_response", responseId, response.stakeholderId());
        responses.setPublishable(responseId, questionId, publishable);
        audit.changed(reviewer, "MARK_FREE_TEXT", "survey_response", responseId, response.stakeholderId(),
                "question " + questionId + (publishable ? " publishable" : " not publishable"));
    }

    private Questionnaire save(ResponseRepository.Invitation invitation, Map<String, String[]> form, java.util.Collection<Long> scope,
                               CurrentUser user) {
        Round round = surveys.round(invitation.roundId());
        var questions = round.questions().stream().filter(q -> scope == null || scope.contains(q.id())).toList();
        responses.lockInvitation(invitation.id());
        var existing = responses.responseOf(invitation.id());
        var refusal = refusal(round, existing);
        var problems = new LinkedHashMap<Long, Text>();
        var answers = AnswerReader.read(questions, form, problems);
        if (refusal != null) {
            audit.denied(user, "SAVE_SURVEY_RESPONSE", "survey_response", existing.map(ResponseRepository.Response::id).orElse(null),
                    invitation.stakeholderId(), refusal.key());
        }
        if (refusal != null || !problems.isEmpty()) {
            return view(invitation, refusal, problems, typed(invitation, questions, form));
        }
        if (questions.isEmpty()) {
            return view(invitation);
        }
        Instant now = Instant.now(clock);
        long responseId = existing.map(ResponseRepository.Response::id).orElseGet(() -> responses.insertResponse(invitation.id(),
                round.id(), invitation.stakeholderId(), invitation.group(), user == null ? "LINK" : "WORKSPACE", now, false));
        responses.replaceAnswers(responseId, questions.stream().map(Round.Question::id).toList(), answers);
        responses.setResponseState(responseId, "IN_PROGRESS", now);
        audit.changed(user, "SAVE_SURVEY_RESPONSE", "survey_response", responseId, invitation.stakeholderId(),
                answers.size() + " answers to " + questions.size() + " questions");
        return view(invitation);
    }

    private Questionnaire submit(ResponseRepository.Invitation invitation, CurrentUser user) {
        Round round = surveys.round(invitation.roundId());
        responses.lockInvitation(invitation.id());
        var existing = responses.responseOf(invitation.id());
        var refusal = refusal(round, existing);
        if (refusal == null && (existing.isEmpty() || responses.answers(existing.get().id()).isEmpty())) {
            refusal = Text.of("survey.refused.empty");
        }
        if (refusal != null) {
            audit.denied(user, "SUBMIT_SURVEY_RESPONSE", "survey_response", existing.map(ResponseRepository.Response::id).orElse(null),
                    invitation.stakeholderId(), refusal.key());
            return view(invitation, refusal, Map.of(), saved(existing));
        }
        long responseId = existing.get().id();
        responses.setResponseState(responseId, "SUBMITTED", Instant.now(clock));
        audit.changed(user, "SUBMIT_SURVEY_RESPONSE", "survey_response", responseId, invitation.stakeholderId(), null);
        return view(invitation);
    }

    private Questionnaire view(ResponseRepository.Invitation invitation) {
        return view(invitation, null, Map.of(), saved(responses.responseOf(invitation.id())));
    }

    private Map<Long, List<String>> saved(Optional<ResponseRepository.Response> response) {
        var answers = new HashMap<Long, List<String>>();
        response.ifPresent(r -> responses.answers(r.id()).forEach((q, a) -> answers.put(q, AnswerReader.shown(a))));
        return answers;
    }

    private Questionnaire view(ResponseRepository.Invitation invitation, Text refused, Map<Long, Text> problems,
                               Map<Long, List<String>> answers) {
        Round round = surveys.round(invitation.roundId());
        var response = responses.responseOf(invitation.id());
        var stakeholder = stakeholders.byIds(List.of(invitation.stakeholderId())).get(invitation.stakeholderId());
        var refusal = refused != null ? refused : refusal(round, response);
        boolean answerable = refusal(round, response) == null;
        return new Questionnaire(round, stakeholder.code(), stakeholder.names(),
                response.map(ResponseRepository.Response::state).orElse("NOT_STARTED"), answerable, refusal, answers, problems,
                response.map(ResponseRepository.Response::updatedAt).orElse(null),
                response.map(ResponseRepository.Response::submittedAt).orElse(null));
    }

    private Text refusal(Round round, Optional<ResponseRepository.Response> response) {
        LocalDate today = LocalDate.now(clock);
        if (response.isPresent() && response.get().submitted()) {
            return Text.of("survey.refused.submitted");
        }
        if (round.state() != RoundState.OPEN) {
            return Text.of("survey.refused." + round.state().name());
        }
        if (today.isBefore(round.opensOn())) {
            return Text.of("survey.refused.not-open", round.opensOn());
        }
        if (today.isAfter(round.closesOn())) {
            return Text.of("survey.refused.deadline", round.closesOn());
        }
        return null;
    }

    private ResponseRepository.Invitation invitation(String token) {
        return responses.invitationByToken(SurveyTokens.hash(token == null ? "" : token))
                .orElseThrow(() -> new NotFoundException("Invitation", "link"));
    }

    private ResponseRepository.Invitation focalInvitation(CurrentUser user, long roundId, String code, String action) {
        var stakeholder = stakeholders.summary(code);
        access.requireFocalPointOf(user, stakeholder.id(), action, "survey_round", roundId);
        return responses.invitation(roundId, stakeholder.id())
                .orElseThrow(() -> new NotFoundException("Invitation", code + " " + roundId));
    }

    /** What the form holds for the questions saved, over the saved answers to the others: the page shows all of it again. */
    private Map<Long, List<String>> typed(ResponseRepository.Invitation invitation, List<Round.Question> questions,
                                          Map<String, String[]> form) {
        var typed = saved(responses.responseOf(invitation.id()));
        for (var q : questions) {
            String[] values = form.get("q" + q.id());
            if (values == null) {
                typed.remove(q.id());
            } else {
                typed.put(q.id(), Arrays.asList(values));
            }
        }
        return typed;
    }
}
