package org.a4ptracker.action;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.a4ptracker.shared.PlainText;

/** Checks an action's content against the framework and the mission list; reports every problem. */
final class ActionValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 10_000;
    static final int MAX_LINKS = 20;

    private ActionValidator() {
    }

    static List<FieldProblem> problems(ActionContent c, Set<Integer> commitmentNumbers, Set<String> missionCodes) {
        var problems = new ArrayList<FieldProblem>();
        if (c.title() == null || c.title().isBlank()) {
            problems.add(new FieldProblem("title", "action.problem.title"));
        } else if (c.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "action.problem.title-long", MAX_TITLE));
        } else {
            PlainText.refusal(c.title(), PlainText.Lines.ONE).ifPresent(p -> problems.add(new FieldProblem("title", p)));
        }
        if (c.description() == null || c.description().isBlank()) {
            problems.add(new FieldProblem("description", "action.problem.description"));
        } else if (c.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "action.problem.description-long", MAX_DESCRIPTION));
        } else {
            PlainText.refusal(c.description(), PlainText.Lines.MANY).ifPresent(p -> problems.add(new FieldProblem("description", p)));
        }
        if (c.status() == null) {
            problems.add(new FieldProblem("status", "action.problem.status"));
        }
        if (c.reportingCycle() == null || c.reportingCycle() < 2018 || c.reportingCycle() > 2100) {
            problems.add(new FieldProblem("reportingCycle", "action.problem.cycle"));
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            problems.add(new FieldProblem("endDate", "action.problem.end-before-start"));
        }
        if (c.commitments().isEmpty()) {
            problems.add(new FieldProblem("commitments", "action.problem.commitments"));
        }
        for (Integer n : c.commitments()) {
            if (n == null || !commitmentNumbers.contains(n)) {
                problems.add(new FieldProblem("commitments", "action.problem.unknown-commitment", String.valueOf(n)));
            }
        }
        if (new HashSet<>(c.commitments()).size() != c.commitments().size()) {
            problems.add(new FieldProblem("commitments", "action.problem.commitment-twice"));
        }
        for (String m : c.missions()) {
            if (m == null || !missionCodes.contains(m.toUpperCase(Locale.ROOT))) {
                problems.add(new FieldProblem("missions", "action.problem.unknown-mission", String.valueOf(m)));
            }
        }
        if (c.evidenceLinks().size() > MAX_LINKS) {
            problems.add(new FieldProblem("evidenceLinks", "action.problem.links", MAX_LINKS));
        }
        // the same rule for each link as the import's (EvidenceLinks): one error for the field, its first wrong link
        c.evidenceLinks().stream().map(EvidenceLinks::problem).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(problem -> problems.add(new FieldProblem("evidenceLinks", problem)));
        return problems;
    }
}
