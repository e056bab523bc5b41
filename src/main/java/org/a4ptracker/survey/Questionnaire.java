package org.a4ptracker.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.a4ptracker.shared.LocalizedNames;
import org.a4ptracker.shared.Text;

/**
 * A respondent's view of a round: the questions, the answers (by question id: the choices, number
 * or text, as saved or, after a refused save, as typed), whether it can still be answered and if
 * not why (a message key), the problems of a refused save, and when it was last saved and submitted.
 */
public record Questionnaire(Round round, String stakeholderCode, LocalizedNames stakeholderNames, String state, boolean answerable,
                            Text refusal, Map<Long, List<String>> answers, Map<Long, Text> problems, Instant savedAt,
                            Instant submittedAt) {

    public String stakeholderName(java.util.Locale locale) {
        return stakeholderNames.in(locale);
    }

    /** When last saved, in UTC (the time the page says "Saved" at). */
    public java.time.ZonedDateTime savedAtUtc() {
        return savedAt == null ? null : savedAt.atZone(java.time.ZoneOffset.UTC);
    }

    public java.time.ZonedDateTime submittedAtUtc() {
        return submittedAt == null ? null : submittedAt.atZone(java.time.ZoneOffset.UTC);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(state);
    }

    /** The questions answered, of all or of one kind (null: all). */
    public long answered(QuestionKind kind) {
        return round.questions().stream().filter(q -> kind == null || q.kind() == kind)
                .filter(q -> answers.containsKey(q.id()) && !answers.get(q.id()).isEmpty()).count();
    }

    /** The items still unanswered: every question but the optional comments and concrete actions. */
    public List<Round.Question> unanswered() {
        return round.questions().stream().filter(q -> q.kind() != QuestionKind.COMMENT && q.kind() != QuestionKind.ACTIONS)
                .filter(q -> !answers.containsKey(q.id()) || answers.get(q.id()).isEmpty()).toList();
    }

    public long questions(QuestionKind kind) {
        return round.questions().stream().filter(q -> kind == null || q.kind() == kind).count();
    }
}
