package org.a4ptracker.progress;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.a4ptracker.shared.WorldMap;

/**
 * Reporting status of each stakeholder of a kind in one cycle: reported (at least one published
 * action), due, or overdue after the cycle's deadline. States are also drawn on a world map; the
 * rows are the same figures as a table.
 */
public record ReportingMap(int cycle, String type, @JsonIgnore int width, @JsonIgnore int height,
                           @JsonIgnore List<WorldMap.Shape> shapes, Map<String, Integer> counts, List<Row> rows, boolean sample) {

    /** One stakeholder's status; sample when some of its published actions in the cycle are sample data. */
    public record Row(String code, String name, String type, String state, int publishedActions, boolean sample) {
    }

    /** Whether any of the rows is a State with an outline, so that a map can be drawn. */
    public boolean hasMap() {
        return !shapes.isEmpty();
    }
}
