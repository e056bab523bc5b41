package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A reporter's earlier values, read once for an import of many periods, so that the jump check of
 * each cell looks up the value before it in memory rather than with one query per cell. The import
 * adds each period it accepts, in file order, so it answers as the database would after writing them.
 */
final class ValueHistory {

    private final Map<String, TreeMap<LocalDate, BigDecimal>> values = new HashMap<>();

    private static String key(long indicatorId, String disaggregation) {
        return indicatorId + "|" + disaggregation;
    }

    /** A null amount clears the value (not applicable, or emptied). */
    void put(long indicatorId, String disaggregation, LocalDate start, BigDecimal amount) {
        var series = values.computeIfAbsent(key(indicatorId, disaggregation), k -> new TreeMap<>());
        if (amount == null) {
            series.remove(start);
        } else {
            series.put(start, amount);
        }
    }

    Optional<BigDecimal> before(long indicatorId, String disaggregation, LocalDate start) {
        var series = values.get(key(indicatorId, disaggregation));
        var entry = series == null ? null : series.lowerEntry(start);
        return entry == null ? Optional.empty() : Optional.of(Decimals.plain(entry.getValue()));
    }
}
