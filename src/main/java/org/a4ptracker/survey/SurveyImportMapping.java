package org.a4ptracker.survey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.Text;

/**
 * What each column of an imported file is taken as: ignored, the stakeholder code, the respondent
 * group, or the answers to one question ({@code q<questionId>}). Suggests the obvious matches, so
 * that this app's own export (columns {@code group}, {@code stakeholder}, {@code c13_perception},
 * {@code q<id>}) maps with no change, and checks a chosen mapping before any row is read.
 */
final class SurveyImportMapping {

    static final String IGNORE = "ignore";
    static final String STAKEHOLDER = "stakeholder";
    static final String GROUP = "group";

    private static final Pattern COMMITMENT =
            Pattern.compile("(?:c|commitment)_?(\\d{1,3})(?:_(perception|progress|comments?|actions))?");
    private static final Pattern QUESTION = Pattern.compile("q_?(\\d{1,18})");
    private static final Set<String> STAKEHOLDER_NAMES = Set.of("stakeholder", "stakeholder_code", "code");
    private static final Set<String> GROUP_NAMES = Set.of("group", "respondent_group");

    private SurveyImportMapping() {
    }

    static String question(long questionId) {
        return "q" + questionId;
    }

    /**
     * A target per column index for the columns with an obvious match; a target is suggested once,
     * for the first column that matches it. {@code aliases} maps question ids of the round this one
     * was copied from to this round's, so that the earlier round's export maps too.
     */
    static Map<Integer, String> suggest(List<String> columnNames, Round round, Map<Long, Long> aliases) {
        var suggested = new LinkedHashMap<Integer, String>();
        for (int i = 0; i < columnNames.size(); i++) {
            String target = match(normalise(columnNames.get(i)), columnNames.get(i), round, aliases);
            if (target != null && !suggested.containsValue(target)) {
                suggested.put(i, target);
            }
        }
        return suggested;
    }

    /** Question ids of {@code source} to the ids of the questions at the same position in {@code copy}. */
    static Map<Long, Long> aliases(Round copy, Round source) {
        var aliases = new HashMap<Long, Long>();
        if (source != null) {
            for (Round.Question from : source.questions()) {
                copy.questions().stream().filter(q -> q.position() == from.position() && q.kind() == from.kind()).findFirst()
                        .ifPresent(q -> aliases.put(from.id(), q.id()));
            }
        }
        return aliases;
    }

    /** Problems of the mapping itself, each on the file column concerned; rows are not read unless there are none. */
    static List<CellError> check(List<String> columnNames, Map<Integer, String> mapping, Round round) {
        var errors = new ArrayList<CellError>();
        var taken = new HashMap<String, String>();
        for (int i = 0; i < columnNames.size(); i++) {
            String target = mapping.getOrDefault(i, IGNORE);
            String column = columnNames.get(i);
            if (target.equals(IGNORE)) {
                continue;
            }
            if (!known(target, round)) {
                errors.add(new CellError(0, column, Text.of("survey.import.problem.target", target)));
            } else if (taken.containsKey(target)) {
                errors.add(new CellError(0, column, Text.of("survey.import.problem.taken", taken.get(target))));
            } else {
                taken.put(target, column);
            }
        }
        if (!taken.containsKey(GROUP)) {
            errors.add(CellError.file("survey.import.problem.group-column"));
        }
        if (taken.keySet().stream().noneMatch(t -> t.startsWith("q"))) {
            errors.add(CellError.file("survey.import.problem.question-column"));
        }
        return errors;
    }

    private static boolean known(String target, Round round) {
        return target.equals(STAKEHOLDER) || target.equals(GROUP)
                || round.questions().stream().anyMatch(q -> question(q.id()).equals(target));
    }

    private static String match(String name, String original, Round round, Map<Long, Long> aliases) {
        if (STAKEHOLDER_NAMES.contains(name)) {
            return STAKEHOLDER;
        }
        if (GROUP_NAMES.contains(name)) {
            return GROUP;
        }
        Matcher c = COMMITMENT.matcher(name);
        if (c.matches()) {
            QuestionKind kind = kind(c.group(2));
            int commitment = Integer.parseInt(c.group(1));
            return round.questions().stream().filter(q -> q.kind() == kind && Integer.valueOf(commitment).equals(q.commitment()))
                    .findFirst().map(q -> question(q.id())).orElse(null);
        }
        Matcher q = QUESTION.matcher(name);
        if (q.matches()) {
            long id = Long.parseLong(q.group(1));
            long own = aliases.getOrDefault(id, id);
            return round.questions().stream().anyMatch(x -> x.id() == own) ? question(own) : null;
        }
        return round.questions().stream().filter(x -> x.commitment() == null && x.text().equalsIgnoreCase(original.strip()))
                .findFirst().map(x -> question(x.id())).orElse(null);
    }

    private static QuestionKind kind(String suffix) {
        if (suffix == null || suffix.equals("perception") || suffix.equals("progress")) {
            return QuestionKind.PERCEPTION;
        }
        return suffix.startsWith("comment") ? QuestionKind.COMMENT : QuestionKind.ACTIONS;
    }

    /** "C13 Perception", "c13-perception" and "c13_perception" are the same column. */
    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
