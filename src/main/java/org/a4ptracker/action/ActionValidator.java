package org.a4ptracker.action;

import java.net.URI;
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
            problems.add(new FieldProblem("title", "give the action a title"));
        } else if (c.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "keep the title to " + MAX_TITLE + " characters"));
        } else {
            PlainText.problem(c.title(), PlainText.Lines.ONE).ifPresent(p -> problems.add(new FieldProblem("title", p)));
        }
        if (c.description() == null || c.description().isBlank()) {
            problems.add(new FieldProblem("description", "describe what was done"));
        } else if (c.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "keep the description to " + MAX_DESCRIPTION + " characters"));
        } else {
            PlainText.problem(c.description(), PlainText.Lines.MANY).ifPresent(p -> problems.add(new FieldProblem("description", p)));
        }
        if (c.status() == null) {
            problems.add(new FieldProblem("status", "choose planned, ongoing, completed or discontinued"));
        }
        if (c.reportingCycle() == null || c.reportingCycle() < 2018 || c.reportingCycle() > 2100) {
            problems.add(new FieldProblem("reportingCycle", "give the reporting cycle as a year from 2018"));
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            problems.add(new FieldProblem("endDate", "the end date is before the start date"));
        }
        if (c.commitments().isEmpty()) {
            problems.add(new FieldProblem("commitments", "choose at least one commitment the action serves"));
        }
        for (Integer n : c.commitments()) {
            if (n == null || !commitmentNumbers.contains(n)) {
                problems.add(new FieldProblem("commitments", "unknown commitment " + n + ": commitments are numbered 1 to 45"));
            }
        }
        if (new HashSet<>(c.commitments()).size() != c.commitments().size()) {
            problems.add(new FieldProblem("commitments", "a commitment is listed twice"));
        }
        for (String m : c.missions()) {
            if (m == null || !missionCodes.contains(m.toUpperCase(Locale.ROOT))) {
                problems.add(new FieldProblem("missions", "unknown mission " + m));
            }
        }
        if (c.evidenceLinks().size() > MAX_LINKS) {
            problems.add(new FieldProblem("evidenceLinks", "give at most " + MAX_LINKS + " links"));
        }
        List<String> notLinks = c.evidenceLinks().stream().filter(link -> !isWebLink(link)).toList();
        if (!notLinks.isEmpty()) {
            problems.add(new FieldProblem("evidenceLinks", "not a web address (http or https): " + String.join(", ", notLinks)));
        }
        return problems;
    }

    static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && link.length() <= 2000;
        } catch (Exception e) {
            return false;
        }
    }
}
