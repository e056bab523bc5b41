package org.a4ptracker.survey;

/** PERCEPTION is the ordinal progress question; COMMENT and ACTIONS are free text about a commitment; the rest are custom. */
public enum QuestionKind {
    PERCEPTION, COMMENT, ACTIONS, SINGLE, MULTIPLE, NUMBER, TEXT
}
