package org.a4ptracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;

import org.a4ptracker.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes typed values as CSV cells the same way in every file: empty for null, {@code true}/{@code false},
 * plain decimals, instants in whole seconds (ISO 8601, UTC), lists joined by {@code ;}. Only text is
 * neutralised against formula injection; numbers such as -5 stay numbers.
 */
final class CsvRows {

    private final CSVPrinter csv;

    CsvRows(CSVPrinter csv) {
        this.csv = csv;
    }

    void row(Object... values) {
        try {
            for (Object v : values) {
                csv.print(cell(v));
            }
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return SpreadsheetCells.neutralise(s);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Instant i) {
            return i.truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            return SpreadsheetCells.neutralise(c.stream().map(String::valueOf).collect(Collectors.joining(";")));
        }
        return v.toString();
    }
}
