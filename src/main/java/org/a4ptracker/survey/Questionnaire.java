package org.a4ptracker.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A respondent's view of a round: the questions, the answers (by question id: the choices, number
 * or text, as saved or, after a refused save, as typed), whether it can still be answered and if
 * not why, the problems of a refused save, and when it was last saved and submitted.
 */
public record Questionnaire(Round round, String stakeholderCode, String stakeholderName, String state, boolean answerable,
                            Notice refusal, Map<Long, List<String>> answers, Map<Long, Notice> problems, Instant savedAt,
                            Instant submittedAt) {

    /** A message key with its arguments, rendered in the reader's language. */
    public record Notice(String key, List<Object> args) {
        static Notice of(String key, Object... args) {
            return new Notice(key, List.of(args));
        }

        public Object[] arguments() {
            return args.toArray();
        }
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
