package org.a4ptracker.survey;

/** A round is designed (DRAFT), answered (OPEN, questionnaire frozen), CLOSED, then PUBLISHED for everyone. */
public enum RoundState {
    DRAFT, OPEN, CLOSED, PUBLISHED
}
