package org.a4ptracker.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.a4ptracker.shared.Text;

/**
 * Reads a submitted form (fields {@code q<questionId>}) into answers to the given questions, checking each against its
 * question: a perception level or "don't know", an offered option, a plain number, or text of
 * reasonable length. Problems are collected per question; unanswered questions are simply absent.
 */
final class AnswerReader {

    static final int MAX_TEXT = 4000;

    private AnswerReader() {
    }

    static List<ResponseRepository.Answer> read(List<Round.Question> questions, Map<String, String[]> form, Map<Long, Text> problems) {
        var answers = new ArrayList<ResponseRepository.Answer>();
        for (Round.Question q : questions) {
            String[] raw = form.get("q" + q.id());
            List<String> values = raw == null ? List.of() : Arrays.stream(raw).map(String::trim).filter(v -> !v.isEmpty()).toList();
            if (values.isEmpty()) {
                continue;
            }
            String first = values.get(0);
            switch (q.kind()) {
                case PERCEPTION -> {
                    try {
                        answers.add(new ResponseRepository.Answer(q.id(), Perception.valueOf(first).name(), null, null, false));
                    } catch (IllegalArgumentException e) {
                        problems.put(q.id(), Text.of("survey.problem.perception"));
                    }
                }
                case SINGLE -> {
                    if (q.options().contains(first)) {
                        answers.add(new ResponseRepository.Answer(q.id(), first, null, null, false));
                    } else {
                        problems.put(q.id(), Text.of("survey.problem.single"));
                    }
                }
                case MULTIPLE -> {
                    if (q.options().containsAll(values)) {
                        answers.add(new ResponseRepository.Answer(q.id(), String.join("\n", values), null, null, false));
                    } else {
                        problems.put(q.id(), Text.of("survey.problem.multiple"));
                    }
                }
                case NUMBER -> {
                    if (first.matches("-?\\d{1,14}(\\.\\d{1,6})?")) {
                        answers.add(new ResponseRepository.Answer(q.id(), null, new BigDecimal(first), null, false));
                    } else {
                        problems.put(q.id(), Text.of("survey.problem.number", first));
                    }
                }
                case COMMENT, ACTIONS, TEXT -> {
                    var refused = org.a4ptracker.shared.PlainText.refusal(first, org.a4ptracker.shared.PlainText.Lines.MANY);
                    if (first.length() > MAX_TEXT) {
                        problems.put(q.id(), Text.of("survey.problem.text-long", MAX_TEXT));
                    } else if (refused.isPresent()) {
                        problems.put(q.id(), refused.get());
                    } else {
                        answers.add(new ResponseRepository.Answer(q.id(), null, null, first, false));
                    }
                }
            }
        }
        return answers;
    }

    /** An answer as the form shows it again. */
    static List<String> shown(ResponseRepository.Answer a) {
        if (a.choice() != null) {
            return List.of(a.choice().split("\n"));
        }
        if (a.number() != null) {
            return List.of(a.number().stripTrailingZeros().toPlainString());
        }
        return a.text() == null ? List.of() : List.of(a.text());
    }
}
