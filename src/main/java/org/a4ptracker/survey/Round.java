package org.a4ptracker.survey;

import java.time.LocalDate;
import java.util.List;

/** A survey round with its questionnaire. */
public record Round(long id, String title, String intro, LocalDate opensOn, LocalDate closesOn, RoundState state,
                    List<RespondentGroup> groups, Long copiedFrom, int lockVersion, boolean sample, List<Question> questions) {

    public record Question(long id, int position, QuestionKind kind, Integer commitment, String text, List<String> options) {
    }

    public boolean frozen() {
        return state != RoundState.DRAFT;
    }

    public boolean acceptsAnswers(LocalDate today) {
        return state == RoundState.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }
}
