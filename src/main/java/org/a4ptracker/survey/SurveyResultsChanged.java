package org.a4ptracker.survey;

/** The public results of a round may have changed: the round was published, or a response in it reopened. */
public record SurveyResultsChanged(long roundId) implements org.a4ptracker.shared.PublicDataChanged {
}
