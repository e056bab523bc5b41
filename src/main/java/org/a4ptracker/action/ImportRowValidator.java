package org.a4ptracker.action;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.a4ptracker.shared.PlainText;
import org.a4ptracker.shared.RowCells;
import org.a4ptracker.shared.Text;

/** The rules for one action row; every broken rule is reported, not only the first. */
final class ImportRowValidator {

    static final List<String> REQUIRED = List.of("title", "description", "commitments", "status", "reporting_cycle");

    private static final Pattern LIST = Pattern.compile("[;,]");
    // "13.0" is what many tools write for a whole number taken from a spreadsheet
    private static final Pattern WHOLE = Pattern.compile("([0-9]{1,9})(?:\\.0+)?");
    private static final int FIRST_CYCLE = 2018;
    private static final int LAST_CYCLE = 2100;
    private static final String STATUSES = Arrays.stream(ActionStatus.values())
            .map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final Set<Integer> commitmentNumbers;
    private final Text commitmentRange;
    private final Set<String> missionCodes;

    ImportRowValidator(Set<Integer> commitmentNumbers, Set<String> missionCodes) {
        this.commitmentNumbers = Set.copyOf(commitmentNumbers);
        this.commitmentRange = commitmentNumbers.isEmpty() ? Text.of("action.problem.no-commitments")
                : Text.of("action.problem.commitment-range", commitmentNumbers.stream().mapToInt(i -> i).min().getAsInt(),
                        commitmentNumbers.stream().mapToInt(i -> i).max().getAsInt());
        this.missionCodes = missionCodes.stream().map(ImportRowValidator::upper).collect(Collectors.toUnmodifiableSet());
    }

    /** The row as an action, or null when any of its errors were added to {@code cells}. */
    ImportRow validate(RowCells cells) {
        String title = text(cells, "title", ActionValidator.MAX_TITLE);
        if (title != null && title.length() <= ActionValidator.MAX_TITLE && PlainText.refusal(title, PlainText.Lines.MANY).isEmpty()) {
            // every cell was checked as multi-line text (Sheet#refusedCharacters); a title may not have several lines
            PlainText.refusal(title, PlainText.Lines.ONE).ifPresent(p -> cells.error("title", p));
        }
        String description = text(cells, "description", ActionValidator.MAX_DESCRIPTION);
        List<Integer> commitments = commitments(cells);
        ActionStatus status = status(cells);
        LocalDate start = date(cells, "start_date");
        LocalDate end = date(cells, "end_date");
        if (start != null && end != null && end.isBefore(start)) {
            cells.error("end_date", "action.problem.import.end-before-start", end.toString(), start.toString());
        }
        List<String> missions = missions(cells);
        int cycle = reportingCycle(cells);
        List<String> evidence = EvidenceLinks.parse(cells);
        return cells.hasErrors() ? null
                : new ImportRow(cells.row(), title, description, status, commitments, missions, start, end, cycle, evidence);
    }

    private static String text(RowCells cells, String column, int limit) {
        String value = cells.required(column);
        if (value != null && value.length() > limit) {
            cells.error(column, "problem.cell.too-long", column, value.length(), limit);
        }
        return value;
    }

    private List<Integer> commitments(RowCells cells) {
        List<Integer> numbers = new ArrayList<>();
        for (String token : items(cells, "commitments")) {
            Integer number = whole(token);
            if (number == null) {
                cells.error("commitments", "action.problem.import.commitment-number", token);
            } else if (!commitmentNumbers.contains(number)) {
                cells.error("commitments", "action.problem.import.unknown-commitment", number, commitmentRange);
            } else if (numbers.contains(number)) {
                cells.error("commitments", "action.problem.import.commitment-twice", number);
            } else {
                numbers.add(number);
            }
        }
        return numbers;
    }

    private static ActionStatus status(RowCells cells) {
        String value = cells.required("status");
        if (value == null) {
            return null;
        }
        for (ActionStatus status : ActionStatus.values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return status;
            }
        }
        cells.error("status", "action.problem.import.status", value, STATUSES);
        return null;
    }

    private static LocalDate date(RowCells cells, String column) {
        String value = cells.optional(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            cells.error(column, "action.problem.import.date", value);
            return null;
        }
    }

    private List<String> missions(RowCells cells) {
        List<String> codes = new ArrayList<>();
        for (String token : items(cells, "missions")) {
            String code = upper(token);
            if (!missionCodes.contains(code)) {
                cells.error("missions", "action.problem.import.mission", token);
            } else if (codes.contains(code)) {
                cells.error("missions", "action.problem.import.mission-twice", code);
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static int reportingCycle(RowCells cells) {
        String value = cells.required("reporting_cycle");
        if (value == null) {
            return 0;
        }
        Integer year = whole(value);
        if (year == null || year < FIRST_CYCLE || year > LAST_CYCLE) {
            cells.error("reporting_cycle", "action.problem.import.cycle", value, FIRST_CYCLE, LAST_CYCLE);
            return 0;
        }
        return year;
    }

    /** The non-empty items of a list cell; a required list with no items is reported as missing. */
    private static List<String> items(RowCells cells, String column) {
        boolean required = REQUIRED.contains(column);
        String value = required ? cells.required(column) : cells.optional(column);
        List<String> items = value == null ? List.of()
                : LIST.splitAsStream(value).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (value != null && items.isEmpty() && required) {
            cells.error(column, "problem.cell.required", column);
        }
        return items;
    }

    private static Integer whole(String value) {
        Matcher m = WHOLE.matcher(value);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    private static String upper(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
