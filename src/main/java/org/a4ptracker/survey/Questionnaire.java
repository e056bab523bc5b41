package org.a4ptracker.survey;

import java.util.List;
import java.util.Map;

/**
 * A respondent's view of a round: the questions, the answers saved so far (by question id: the
 * choices, number or text as typed), and whether it can still be answered.
 */
public record Questionnaire(Round round, String stakeholderCode, String stakeholderName, String state, boolean answerable,
                            String notAnswerableReason, Map<Long, List<String>> answers, Map<Long, String> problems) {
}
