package org.a4ptracker.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A questionnaire in steps, so that a respondent on a phone answers one area at a time: one step
 * per area that has questions (in area order), one for the other (custom) questions if any, and a
 * last one to review and submit. Numbered from 1. Public for the page template only.
 */
public record Steps(List<Step> all) {

    /** A step: its number, the area it covers (null: the other questions, or the review), its questions. */
    public record Step(int number, Integer area, List<Round.Question> questions, boolean review) {
    }

    static Steps of(Round round, Map<Integer, Integer> areaOfCommitment) {
        var byArea = new TreeMap<Integer, List<Round.Question>>();
        var other = new ArrayList<Round.Question>();
        for (var q : round.questions()) {
            Integer area = q.commitment() == null ? null : areaOfCommitment.get(q.commitment());
            if (area == null) {
                other.add(q);
            } else {
                byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(q);
            }
        }
        var steps = new ArrayList<Step>();
        byArea.forEach((area, questions) -> steps.add(new Step(steps.size() + 1, area, List.copyOf(questions), false)));
        if (!other.isEmpty()) {
            steps.add(new Step(steps.size() + 1, null, List.copyOf(other), false));
        }
        steps.add(new Step(steps.size() + 1, null, List.of(), true));
        return new Steps(List.copyOf(steps));
    }

    /** The step of that number, or the nearest one (a bookmarked or mistyped number is no error). */
    public Step at(int number) {
        return all.get(Math.max(1, Math.min(number, all.size())) - 1);
    }

    public int areaSteps() {
        return (int) all.stream().filter(s -> s.area() != null).count();
    }

    public Step review() {
        return all.get(all.size() - 1);
    }

    /** The step that holds a question, for the review's links to what is unanswered. */
    public int stepOf(long questionId) {
        return all.stream().filter(s -> s.questions().stream().anyMatch(q -> q.id() == questionId)).findFirst()
                .map(Step::number).orElse(1);
    }

    public List<Long> questionIds(Step step) {
        return step.questions().stream().map(Round.Question::id).toList();
    }
}
