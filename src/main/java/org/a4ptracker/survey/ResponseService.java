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
        return view(invitation(token), Map.of());
    }

    @Transactional(readOnly = true)
    public Questionnaire asFocalPoint(CurrentUser user, long roundId, String stakeholderCode) {
        return view(focalInvitation(user, roundId, stakeholderCode, "READ_SURVEY_RESPONSE"), Map.of());
    }

    /** Saves what is given (all answers or none, if any is invalid) and submits when asked. */
    public Questionnaire saveByLink(String token, Map<String, String[]> form, boolean submit) {
        return save(invitation(token), form, submit, null);
    }

    public Questionnaire saveAsFocalPoint(CurrentUser user, long roundId, String stakeholderCode, Map<String, String[]> form,
                                          boolean submit) {
        return save(focalInvitation(user, roundId, stakeholderCode, "ANSWER_SURVEY"), form, submit, user);
    }

    public void reopen(CurrentUser reviewer, long responseId) {
        var response = responses.response(responseId).orElseThrow(() -> new NotFoundException("Response", responseId));
        access.requireReviewer(reviewer, "REOPEN_SURVEY_RESPONSE", "survey_response", responseId, response.stakeholderId());
        if (!response.submitted()) {
            throw new ConflictException("Only a submitted response can be reopened");
        }
        var round = surveys.round(response.roundId());
        if (round.state() != RoundState.OPEN) {
            throw new ConflictException("This round is " + round.state().name().toLowerCase(java.util.Locale.ROOT)
                    + ": a response can be reopened only while the round is open, so that published results stay as published.");
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

    private Questionnaire save(ResponseRepository.Invitation invitation, Map<String, String[]> form, boolean submit, CurrentUser user) {
        Round round = surveys.round(invitation.roundId());
        var existing = responses.responseOf(invitation.id());
        String refusal = refusal(round, existing);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        var problems = new LinkedHashMap<Long, String>();
        var answers = AnswerReader.read(round, form, problems);
        if (!problems.isEmpty()) {
            return view(invitation, problems, typed(round, form));
        }
        Instant now = Instant.now(clock);
        long responseId = existing.map(ResponseRepository.Response::id).orElseGet(() -> responses.insertResponse(invitation.id(),
                round.id(), invitation.stakeholderId(), invitation.group(), user == null ? "LINK" : "WORKSPACE", now, false));
        responses.replaceAnswers(responseId, answers);
        responses.setResponseState(responseId, submit ? "SUBMITTED" : "IN_PROGRESS", now);
        audit.changed(user, submit ? "SUBMIT_SURVEY_RESPONSE" : "SAVE_SURVEY_RESPONSE", "survey_response", responseId,
                invitation.stakeholderId(), answers.size() + " answers");
        return view(invitation, Map.of());
    }

    private Questionnaire view(ResponseRepository.Invitation invitation, Map<Long, String> problems) {
        var response = responses.responseOf(invitation.id());
        var answers = new HashMap<Long, List<String>>();
        response.ifPresent(r -> responses.answers(r.id()).forEach((q, a) -> answers.put(q, AnswerReader.shown(a))));
        return view(invitation, problems, answers);
    }

    private Questionnaire view(ResponseRepository.Invitation invitation, Map<Long, String> problems, Map<Long, List<String>> answers) {
        Round round = surveys.round(invitation.roundId());
        var response = responses.responseOf(invitation.id());
        var stakeholder = stakeholders.byIds(List.of(invitation.stakeholderId())).get(invitation.stakeholderId());
        String refusal = refusal(round, response);
        return new Questionnaire(round, stakeholder.code(), stakeholder.names().en(),
                response.map(ResponseRepository.Response::state).orElse("NOT_STARTED"), refusal == null, refusal, answers, problems);
    }

    private String refusal(Round round, Optional<ResponseRepository.Response> response) {
        LocalDate today = LocalDate.now(clock);
        if (response.isPresent() && response.get().submitted()) {
            return "This response was submitted and can no longer be changed (an invitation link cannot be used again). A reviewer can reopen it on request.";
        }
        if (round.state() != RoundState.OPEN) {
            return "This round is " + round.state().name().toLowerCase() + ": it no longer accepts answers.";
        }
        if (today.isBefore(round.opensOn())) {
            return "This round opens on " + round.opensOn() + ".";
        }
        if (today.isAfter(round.closesOn())) {
            return "The deadline (" + round.closesOn() + ") has passed: answers are no longer accepted.";
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
                .orElseThrow(() -> new NotFoundException("Invitation of " + code + " to round", roundId));
    }

    private static Map<Long, List<String>> typed(Round round, Map<String, String[]> form) {
        var typed = new HashMap<Long, List<String>>();
        for (var q : round.questions()) {
            String[] values = form.get("q" + q.id());
            if (values != null) {
                typed.put(q.id(), Arrays.asList(values));
            }
        }
        return typed;
    }


}
