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
                           @JsonIgnore List<WorldMap.Shape> shapes, Map<String, Integer> counts, List<Row> rows,
                           List<RegionShare> byRegion, boolean sample, Integer previousCycle) {

    /**
     * The map's colours: without a published action in the cycle, overdue (its deadline passed) or due; with some, their
     * number in bins of a sequential palette (1, 2-4, 5 or more). While the cycle is open, nobody is overdue on it, and a
     * State without an action is drawn overdue when its report for the cycle before is missing too ({@link #previousCycle},
     * whose deadline has passed), due otherwise. So the map of the current cycle shows the three statuses, and how much
     * was reported.
     */
    public static final List<String> BINS = List.of("none-overdue", "none-due", "actions-1", "actions-2", "actions-5");

    /**
     * One stakeholder's status in the cycle; sample when some of its published actions in the cycle are sample data;
     * overdueCycle: while the cycle is open, the cycle before when its report for that one is missing (deadline passed).
     */
    public record Row(String code, String name, String type, String region, String state, int publishedActions, boolean sample,
                      Integer overdueCycle) {

        @JsonIgnore
        public String bin() {
            if (publishedActions <= 0) {
                return "OVERDUE".equals(state) || overdueCycle != null ? "none-overdue" : "none-due";
            }
            return BINS.get(publishedActions >= 5 ? 4 : publishedActions >= 2 ? 3 : 2);
        }
    }

    /** Of a region's stakeholders, how many reported in the cycle; share from 0 to 1 (null without stakeholders). */
    public record RegionShare(String region, int reported, int total, java.math.BigDecimal share) {
    }

    /** How many stakeholders fall in each bin of the map's palette. */
    @JsonIgnore
    public Map<String, Long> binCounts() {
        var counts = new java.util.LinkedHashMap<String, Long>();
        BINS.forEach(b -> counts.put(b, rows.stream().filter(r -> r.bin().equals(b)).count()));
        return counts;
    }

    /** How many stakeholders the map draws as reported (any bin with actions), due and overdue: the map's own title. */
    @JsonIgnore
    public List<Long> drawn() {
        var bins = binCounts();
        return List.of(bins.get("actions-1") + bins.get("actions-2") + bins.get("actions-5"), bins.get("none-due"),
                bins.get("none-overdue"));
    }

    /** Whether any of the rows is a State with an outline, so that a map can be drawn. */
    public boolean hasMap() {
        return !shapes.isEmpty();
    }
}
