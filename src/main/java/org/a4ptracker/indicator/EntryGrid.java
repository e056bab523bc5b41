package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.util.List;

/** The data-entry grid of one reporter and period: a row per indicator, a cell per disaggregation. */
public record EntryGrid(String reporter, String reporterName, String period, String state, String reason, int lockVersion,
                        boolean editable, List<Row> rows) {

    public record Row(Indicator indicator, List<Cell> cells) {
    }

    public record Cell(String disaggregation, String label, BigDecimal amount, boolean notApplicable, String note) {
        public String typed() {
            return amount == null ? "" : amount.toPlainString();
        }
    }
}
