package org.a4ptracker.survey;

import java.util.List;
import java.util.Map;
import org.a4ptracker.shared.Text;

/**
 * The columns of an uploaded file of responses, each with its first value and what it is imported
 * as ({@code ignore}, {@code stakeholder}, {@code group} or {@code q<questionId>}): suggested at
 * first, then as chosen. {@code problem} says why the file could not be read at all.
 */
public record SurveyImportPreview(String filename, int rows, List<Column> columns, Text problem) {

    public record Column(int index, String name, String example, String target) {
    }

    public SurveyImportPreview {
        columns = List.copyOf(columns);
    }

    static SurveyImportPreview unreadable(String filename, Text problem) {
        return new SurveyImportPreview(filename, 0, List.of(), problem);
    }

    public boolean ok() {
        return problem == null;
    }

    SurveyImportPreview withTargets(Map<Integer, String> targets) {
        return new SurveyImportPreview(filename, rows, columns.stream().map(c -> new Column(c.index(), c.name(), c.example(),
                targets.getOrDefault(c.index(), SurveyImportMapping.IGNORE))).toList(), problem);
    }
}
