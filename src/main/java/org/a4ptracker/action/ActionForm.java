package org.a4ptracker.action;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The action form as typed: strings, so that whatever the person entered can be shown again
 * beside the problem, and nothing is lost on an error.
 */
public record ActionForm(String title, String description, String status, String reportingCycle, String startDate,
                         String endDate, List<Integer> commitments, List<String> missions, String evidenceLinks,
                         Integer lockVersion) {

    public static ActionForm blank(int cycle) {
        return new ActionForm("", "", "ONGOING", String.valueOf(cycle), "", "", List.of(), List.of(), "", 0);
    }

    public static ActionForm of(ActionContent c, int lockVersion) {
        return new ActionForm(c.title(), c.description(), c.status().name(), String.valueOf(c.reportingCycle()),
                c.startDate() == null ? "" : c.startDate().toString(), c.endDate() == null ? "" : c.endDate().toString(),
                c.commitments(), c.missions(), String.join("\n", c.evidenceLinks()), lockVersion);
    }

    public boolean hasCommitment(int n) {
        return commitments != null && commitments.contains(n);
    }

    public boolean hasMission(String code) {
        return missions != null && missions.contains(code);
    }

    /** The content, or an {@link InvalidActionException} naming every field that could not be read. */
    ActionContent toContent() {
        var problems = new java.util.ArrayList<FieldProblem>();
        ActionStatus parsedStatus = null;
        try {
            parsedStatus = status == null || status.isBlank() ? null : ActionStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("status", "action.problem.status"));
        }
        Integer cycle = null;
        try {
            cycle = reportingCycle == null || reportingCycle.isBlank() ? null : Integer.valueOf(reportingCycle.trim());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("reportingCycle", "action.problem.cycle-year"));
        }
        LocalDate start = date("startDate", startDate, problems);
        LocalDate end = date("endDate", endDate, problems);
        if (!problems.isEmpty()) {
            throw new InvalidActionException(problems);
        }
        // one link per line (or separated by ";"), as the form asks: "not a link" on a line is one wrong link, not three
        List<String> links = evidenceLinks == null ? List.of()
                : Arrays.stream(evidenceLinks.split("[\\r\\n;]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ActionContent(title, description, parsedStatus, cycle, start, end, commitments, missions, links);
    }

    private static LocalDate date(String field, String raw, List<FieldProblem> problems) {
        try {
            return raw == null || raw.isBlank() ? null : LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "action.problem.date"));
            return null;
        }
    }
}
