package org.a4ptracker.survey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.SheetCell;
import org.a4ptracker.shared.Text;

/**
 * One imported cell read as the answer to its question, with the spellings survey tools export:
 * progress levels as NONE…DONT_KNOW, their English labels or 0–4; groups by name or label; options
 * in any case, several of them one per line or separated by ";" or ",".
 */
final class SurveyImportValues {

    /** The width of survey_answer.choice. */
    static final int MAX_CHOICE = 200;

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,14}(\\.\\d{1,6})?");
    private static final Map<String, Perception> PERCEPTIONS = new HashMap<>();
    private static final Map<String, RespondentGroup> GROUPS = new HashMap<>();

    static {
        for (Perception p : Perception.values()) {
            PERCEPTIONS.put(p.name().toLowerCase(Locale.ROOT), p);
            if (p.scored()) {
                PERCEPTIONS.put(String.valueOf(p.score()), p);
            }
        }
        PERCEPTIONS.put("don't know", Perception.DONT_KNOW);
        for (RespondentGroup g : RespondentGroup.values()) {
            GROUPS.put(g.name().toLowerCase(Locale.ROOT), g);
        }
        GROUPS.put("member states", RespondentGroup.MEMBER_STATES);
    }

    private SurveyImportValues() {
    }

    /** Null when the value is no progress level; word processors turn "don't" into "don’t", so both are read. */
    static Perception perception(String value) {
        return PERCEPTIONS.get(value.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** Null when the value is no respondent group. */
    static RespondentGroup group(String value) {
        return GROUPS.get(value.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** The answer in the cell, or empty when it is blank or wrong (the problem is then reported). */
    static Optional<ResponseRepository.Answer> answer(Round.Question q, SurveyImportValidator.Cells cells, int column) {
        SheetCell cell = cells.cell(column);
        if (cell.blank()) {
            return Optional.empty();
        }
        if (q.kind() == QuestionKind.NUMBER) {
            return number(q, cells, column);
        }
        String value = cells.text(column);
        if (value == null) {
            return Optional.empty();
        }
        if (q.kind() == QuestionKind.COMMENT || q.kind() == QuestionKind.ACTIONS || q.kind() == QuestionKind.TEXT) {
            return text(q, cells, column, value);
        }
        String choice = switch (q.kind()) {
            case PERCEPTION -> {
                Perception p = perception(value);
                yield p == null ? null : p.name();
            }
            case SINGLE -> option(q, value);
            default -> options(q, value);
        };
        if (choice == null) {
            cells.error(column, refusal(q, value));
        } else if (choice.length() > MAX_CHOICE) {
            cells.error(column, "survey.import.problem.choice-long", MAX_CHOICE);
        } else {
            return Optional.of(new ResponseRepository.Answer(q.id(), choice, null, null, false));
        }
        return Optional.empty();
    }

    private static Optional<ResponseRepository.Answer> text(Round.Question q, SurveyImportValidator.Cells cells, int column,
                                                             String value) {
        if (value.length() > AnswerReader.MAX_TEXT) {
            cells.error(column, "survey.import.problem.text-long", value.length(), AnswerReader.MAX_TEXT);
            return Optional.empty();
        }
        return Optional.of(new ResponseRepository.Answer(q.id(), null, null, value, false));
    }

    /** "-5" looks like a formula but is stored as a number, so it cannot run later; "'-5" is how exports protect it. */
    private static Optional<ResponseRepository.Answer> number(Round.Question q, SurveyImportValidator.Cells cells, int column) {
        SheetCell cell = cells.cell(column);
        String value = cell.value().startsWith("'") ? cell.value().substring(1) : cell.value();
        if (NUMBER.matcher(value).matches()) {
            return Optional.of(new ResponseRepository.Answer(q.id(), null, new BigDecimal(value), null, false));
        }
        if (cell.formula()) {
            cells.error(column, RowCells.FORMULA);
        } else {
            cells.error(column, "survey.import.problem.number", cell.value());
        }
        return Optional.empty();
    }

    private static String option(Round.Question q, String value) {
        return q.options().stream().filter(o -> o.strip().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    /** Options one per line or separated by ";"; a part that is no option is tried split by "," too. */
    private static String options(Round.Question q, String value) {
        var chosen = new LinkedHashSet<String>();
        for (String part : value.split("\\R|;")) {
            if (part.isBlank()) {
                continue;
            }
            String whole = option(q, part);
            if (whole != null) {
                chosen.add(whole);
                continue;
            }
            for (String piece : part.split(",")) {
                String one = piece.isBlank() ? "" : option(q, piece);
                if (one == null) {
                    return null;
                }
                if (!one.isEmpty()) {
                    chosen.add(one);
                }
            }
        }
        return chosen.isEmpty() ? null : String.join("\n", chosen);
    }

    private static Text refusal(Round.Question q, String value) {
        if (q.kind() == QuestionKind.PERCEPTION) {
            return Text.of("survey.import.problem.perception", value);
        }
        return Text.of(q.kind() == QuestionKind.SINGLE ? "survey.import.problem.single" : "survey.import.problem.multiple",
                value, quoted(q.options()));
    }

    private static String quoted(List<String> options) {
        return options.stream().map(o -> "\"" + o + "\"").collect(Collectors.joining(", "));
    }
}
