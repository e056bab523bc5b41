package org.a4ptracker.indicator;

import java.math.BigDecimal;

/**
 * One valid indicator value read from an import file. {@code row} is the spreadsheet row number
 * (the header is row 1). Exactly one of {@code amount} and {@code notApplicable} is set; a value
 * that is not applicable always has a {@code note} giving the reason, otherwise the note may be null.
 * {@code period} is written 2026, 2026-Q1 or 2026-03.
 */
public record IndicatorImportRow(int row, String indicator, String period, String disaggregation, BigDecimal amount,
        boolean notApplicable, String note) {
}
