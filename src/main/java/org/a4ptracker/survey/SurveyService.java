package org.a4ptracker.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.framework.CommitmentFilter;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.FieldProblems;
import org.a4ptracker.shared.PlainText;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.Text;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designing and running rounds (reviewers): the questionnaire is generated from the framework and
 * editable until the round opens; opening freezes it and creates one invitation per stakeholder of
 * the chosen groups, each with an unguessable single-use link.
 */
@Service
@Transactional
public class SurveyService {

    static final String PERCEPTION = "How much progress do you perceive on this commitment?";
    static final String COMMENT = "Comments (optional)";
    static final String ACTIONS = "Concrete actions taken (optional)";

    private final SurveyRepository rounds;
    private final ResponseRepository responses;
    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PublishedRounds published;
    private final SurveySummaries summaries;

    SurveyService(SurveyRepository rounds, ResponseRepository responses, FrameworkService framework, StakeholderService stakeholders,
                  AccessPolicy access, AuditLog audit, Optional<Clock> clock, org.springframework.context.ApplicationEventPublisher events,
                  PublishedRounds published, SurveySummaries summaries) {
        this.summaries = summaries;
        this.events = events;
        this.published = published;
        this.rounds = rounds;
        this.responses = responses;
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<Round> rounds(CurrentUser reader) {
        if (reader == null) {
            return published.get();
        }
        boolean reviewer = reader.reviewer() || reader.administrator();
        return rounds.rounds(null).stream().filter(r -> reviewer || r.state() == RoundState.PUBLISHED
                || r.state() == RoundState.OPEN).toList();
    }

    /** The published rounds, newest first (kept between publications): what the public sees. */
    public List<Round> publishedRounds() {
        return published.get();
    }

    /** The published round that opened last, whose figures the commitment, area and overview pages show. */
    public Optional<Round> latestPublished() {
        return published.get().stream().max(java.util.Comparator.comparing(Round::opensOn));
    }

    /** A published round from the kept list, without reading the database. */
    Optional<Round> publishedRound(long id) {
        return published.get().stream().filter(r -> r.id() == id).findFirst();
    }

    /** Open rounds a stakeholder is invited to. */
    @Transactional(readOnly = true)
    public List<Round> openRoundsOf(long stakeholderId) {
        return rounds.rounds(null).stream().filter(r -> r.acceptsAnswers(today()))
                .filter(r -> responses.invitation(r.id(), stakeholderId).isPresent()).toList();
    }

    @Transactional(readOnly = true)
    public Round round(long id) {
        return rounds.round(id).orElseThrow(() -> new NotFoundException("Survey round", id));
    }

    public long create(CurrentUser reviewer, RoundForm form) {
        access.requireReviewer(reviewer, "CREATE_SURVEY_ROUND", null, null, null);
        return insert(reviewer, form, false);
    }

    long insert(CurrentUser reviewer, RoundForm form, boolean sample) {
        validate(form);
        long id = rounds.insertRound(form.title().trim(), form.intro(), form.opensOn(), form.closesOn(), form.groups(), form.copyFrom(),
                reviewer == null ? null : reviewer.id(), Instant.now(clock), sample);
        if (form.copyFrom() != null) {
            round(form.copyFrom()).questions().forEach(q -> rounds.insertQuestion(id, q.position(), q.kind(), q.commitment(), q.text(), q.options()));
        } else {
            int position = 0;
            for (var c : framework.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE)).items()) {
                rounds.insertQuestion(id, ++position, QuestionKind.PERCEPTION, c.number(), PERCEPTION, List.of());
                rounds.insertQuestion(id, ++position, QuestionKind.COMMENT, c.number(), COMMENT, List.of());
                rounds.insertQuestion(id, ++position, QuestionKind.ACTIONS, c.number(), ACTIONS, List.of());
            }
        }
        audit.changed(reviewer, "CREATE_SURVEY_ROUND", "survey_round", id, null, form.title());
        return id;
    }

    public void addQuestion(CurrentUser reviewer, long roundId, QuestionKind kind, String text, List<String> options) {
        access.requireReviewer(reviewer, "EDIT_QUESTIONNAIRE", "survey_round", roundId, null);
        Round round = editable(roundId);
        // every field's problem at once, one each, for the form
        var problems = new FieldProblems();
        if (kind == null || kind == QuestionKind.PERCEPTION || kind == QuestionKind.COMMENT || kind == QuestionKind.ACTIONS) {
            problems.add("kind", "survey.problem.kind");
        }
        if (text == null || text.isBlank() || text.length() > 1000) {
            problems.add("text", "survey.problem.question");
        }
        problems.plainText("text", text, PlainText.Lines.MANY, 1000);
        var cleaned = options == null ? List.<String>of() : options.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
        // answers store the chosen options (joined for multiple choice) in 200 characters, options in 2000
        if (cleaned.stream().anyMatch(o -> o.length() > 200) || kind == QuestionKind.MULTIPLE && String.join("\n", cleaned).length() > 200
                || String.join("\n", cleaned).length() > 2000) {
            problems.add("options", "survey.problem.options-long");
        }
        cleaned.forEach(o -> problems.plainText("options", o, PlainText.Lines.ONE, 200));
        if ((kind == QuestionKind.SINGLE || kind == QuestionKind.MULTIPLE) && cleaned.size() < 2) {
            problems.add("options", "survey.problem.options");
        }
        problems.throwIfAny();
        int last = round.questions().stream().mapToInt(Round.Question::position).max().orElse(0);
        rounds.insertQuestion(roundId, last + 1, kind, null, text.trim(), cleaned);
        audit.changed(reviewer, "EDIT_QUESTIONNAIRE", "survey_round", roundId, null, "added: " + text.trim());
    }

    public void removeQuestion(CurrentUser reviewer, long roundId, long questionId) {
        access.requireReviewer(reviewer, "EDIT_QUESTIONNAIRE", "survey_round", roundId, null);
        editable(roundId);
        if (rounds.deleteQuestion(roundId, questionId) == 0) {
            throw new NotFoundException("Question", questionId);
        }
        audit.changed(reviewer, "EDIT_QUESTIONNAIRE", "survey_round", roundId, null, "removed question " + questionId);
    }

    /** Opens the round and returns each invited stakeholder's link secret: shown once, stored only hashed. */
    public Map<StakeholderSummary, String> open(CurrentUser reviewer, long roundId, int lockVersion) {
        access.requireReviewer(reviewer, "OPEN_SURVEY_ROUND", "survey_round", roundId, null);
        Round round = move(roundId, RoundState.DRAFT, RoundState.OPEN, lockVersion);
        var links = new LinkedHashMap<StakeholderSummary, String>();
        Instant now = Instant.now(clock);
        var invited = new java.util.HashSet<Long>();
        for (RespondentGroup group : java.util.Arrays.stream(RespondentGroup.values()).filter(round.groups()::contains).toList()) {
            for (StakeholderSummary s : members(group, round.opensOn().getYear())) {
                if (!invited.add(s.id())) {
                    continue;
                }
                String token = SurveyTokens.generate();
                responses.insertInvitation(roundId, s.id(), group, SurveyTokens.hash(token), now);
                links.put(s, token);
            }
        }
        audit.changed(reviewer, "OPEN_SURVEY_ROUND", "survey_round", roundId, null, links.size() + " invitations");
        return links;
    }

    /** A new link for one invitation (e.g. with a reminder); the old link stops working. */
    public String newLink(CurrentUser reviewer, long roundId, long stakeholderId, boolean reminder) {
        access.requireReviewer(reviewer, "NEW_SURVEY_LINK", "survey_round", roundId, stakeholderId);
        var invitation = responses.invitation(roundId, stakeholderId).orElseThrow(() -> new NotFoundException("Invitation", stakeholderId));
        String token = SurveyTokens.generate();
        responses.replaceToken(invitation.id(), SurveyTokens.hash(token), reminder ? Instant.now(clock) : invitation.remindedAt());
        audit.changed(reviewer, reminder ? "REMIND_SURVEY" : "NEW_SURVEY_LINK", "survey_round", roundId, stakeholderId, null);
        return token;
    }

    public void close(CurrentUser reviewer, long roundId, int lockVersion) {
        access.requireReviewer(reviewer, "CLOSE_SURVEY_ROUND", "survey_round", roundId, null);
        move(roundId, RoundState.OPEN, RoundState.CLOSED, lockVersion);
        audit.changed(reviewer, "CLOSE_SURVEY_ROUND", "survey_round", roundId, null, null);
    }

    public void publish(CurrentUser reviewer, long roundId, int lockVersion) {
        access.requireReviewer(reviewer, "PUBLISH_SURVEY_ROUND", "survey_round", roundId, null);
        move(roundId, RoundState.CLOSED, RoundState.PUBLISHED, lockVersion);
        summaries.published(roundId);
        audit.changed(reviewer, "PUBLISH_SURVEY_ROUND", "survey_round", roundId, null, null);
        events.publishEvent(new SurveyResultsChanged(roundId));
    }

    List<StakeholderSummary> members(RespondentGroup group, int year) {
        if (group.role() != null) {
            return stakeholders.find(new org.a4ptracker.stakeholder.StakeholderFilter(StakeholderType.MEMBER_STATE, group.role(), year,
                    null, null), new PageRequest(1, PageRequest.MAX_SIZE)).items();
        }
        return switch (group) {
            case MEMBER_STATES -> stakeholders.byType(StakeholderType.MEMBER_STATE);
            case ORGANISATIONS -> stakeholders.byType(StakeholderType.ORGANISATION);
            case MISSIONS -> stakeholders.missions(true).stream().map(m -> stakeholders.summary(m.code())).toList();
            case SECRETARIAT -> stakeholders.byType(StakeholderType.SECRETARIAT_ENTITY);
            default -> List.of();
        };
    }

    private Round editable(long roundId) {
        Round round = round(roundId);
        if (round.frozen()) {
            throw new ConflictException("survey.refused.frozen", Text.of("round.word." + round.state().name()));
        }
        return round;
    }

    private Round move(long roundId, RoundState from, RoundState to, int lockVersion) {
        Round round = round(roundId);
        if (round.state() != from) {
            throw new ConflictException("survey.refused.move", Text.of("round.word." + round.state().name()),
                    Text.of("round.word." + from.name()), Text.of("round.word." + to.name()));
        }
        if (!rounds.setState(roundId, to, lockVersion)) {
            throw new ConflictException("survey.refused.stale");
        }
        return round;
    }

    private void validate(RoundForm form) {
        // every field's problem at once, one each, for the form
        var problems = new FieldProblems();
        if (form.title() == null || form.title().isBlank() || form.title().length() > 200) {
            problems.add("title", "survey.problem.title");
        }
        problems.plainText("title", form.title(), PlainText.Lines.ONE, 200);
        problems.plainText("intro", form.intro(), PlainText.Lines.MANY, 4000);
        if (form.opensOn() == null) {
            problems.add("opensOn", "survey.problem.dates");
        } else if (form.closesOn() == null || form.closesOn().isBefore(form.opensOn())) {
            problems.add("closesOn", "survey.problem.dates");
        }
        if (form.groups() == null || form.groups().isEmpty()) {
            problems.add("groups", "survey.problem.groups");
        }
        problems.throwIfAny();
        if (form.copyFrom() != null) {
            round(form.copyFrom());
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
