package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.List;

import org.a4ptracker.shared.LineChart;

/**
 * An indicator's yearly series for one disaggregation, with targets and attainment, as a chart
 * and as the table of the same figures. {@code provisional} is true when unapproved values were used.
 */
public record SeriesView(Indicator indicator, String disaggregation, String reporter, boolean provisional, List<Year> years,
                         LineChart chart, org.a4ptracker.shared.Text method) {

    /** One year: the figure computed from reporters' data, a figure published as such, and how it stands against its target. */
    public record Year(int year, BigDecimal computed, BigDecimal published, String publishedNote, int reportersWithData,
                       Attainment attainment, boolean sample, boolean future) {
    }

    public boolean includesSample() {
        return years.stream().anyMatch(Year::sample);
    }
}
