package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a4ptracker.shared.BulkInsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of indicator values, for the grid and for imports of a reporter's whole history alike. */
@Repository
class IndicatorValueWriter {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final BulkInsert bulk;

    IndicatorValueWriter(JdbcClient jdbc, JdbcTemplate batch, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.bulk = bulk;
    }

    /** One cell of a period to write: a number, or null for "not applicable" (with its reason in the note). */
    record Cell(Period period, long indicatorId, String disaggregation, BigDecimal amount, String note) {

        String key() {
            return indicatorId + "|" + period + "|" + disaggregation;
        }
    }

    /**
     * Writes one reporter's cells, of any number of periods. The values already there (found in one query) are updated in
     * JDBC batches; the new ones are inserted in bulk ({@link BulkInsert}: COPY on PostgreSQL), which is what an import
     * of a reporter's history mostly is.
     */
    void write(List<Cell> cells, long reporterId, String source, long userId, Instant now) {
        if (cells.isEmpty()) {
            return;
        }
        Map<String, Long> existing = ids(reporterId, cells);
        var at = Timestamp.from(now);
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        for (Cell c : cells) {
            Long id = existing.get(c.key());
            if (id == null) {
                inserts.add(new Object[] {c.indicatorId(), reporterId, c.period().toString(), java.sql.Date.valueOf(c.period().start()),
                        java.sql.Date.valueOf(c.period().end()), c.disaggregation(), c.amount(), c.amount() == null, c.note(), source,
                        false, at, userId});
            } else {
                updates.add(new Object[] {c.amount(), c.amount() == null, c.note(), source, at, userId, id});
            }
        }
        bulk.insert("indicator_value", List.of("indicator_id", "reporter_id", "period", "period_start", "period_end",
                "disaggregation", "amount", "not_applicable", "note", "source", "sample", "updated_at", "updated_by"), inserts);
        batch.batchUpdate("""
                update indicator_value set amount = ?, not_applicable = ?, note = ?, source = ?, updated_at = ?, updated_by = ?
                where id = ?
                """, updates, BATCH, (ps, u) -> {
            ps.setObject(1, u[0], Types.NUMERIC);
            ps.setBoolean(2, (Boolean) u[1]);
            ps.setObject(3, u[2], Types.VARCHAR);
            ps.setObject(4, u[3], Types.VARCHAR);
            ps.setTimestamp(5, (Timestamp) u[4]);
            ps.setLong(6, (Long) u[5]);
            ps.setLong(7, (Long) u[6]);
        });
    }

    /** The ids of the reporter's values in the cells' periods, by {@link Cell#key()}. */
    private Map<String, Long> ids(long reporterId, List<Cell> cells) {
        var periods = cells.stream().map(c -> c.period().toString()).distinct().toList();
        var ids = new HashMap<String, Long>();
        for (int from = 0; from < periods.size(); from += BATCH) {
            jdbc.sql("""
                    select id, indicator_id, period, disaggregation from indicator_value
                    where reporter_id = :reporter and period in (:periods)
                    """).param("reporter", reporterId).param("periods", periods.subList(from, Math.min(from + BATCH, periods.size())))
                    .query((ResultSet rs) -> {
                        ids.put(rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getString(4), rs.getLong(1));
                    });
        }
        return ids;
    }

    /** Clears the cells' values (emptied in the grid: "not reported" again). */
    void deleteAll(List<Cell> cells, long reporterId) {
        batch.batchUpdate("delete from indicator_value where indicator_id = ? and reporter_id = ? and period = ? and disaggregation = ?",
                cells, BATCH, (ps, c) -> {
                    ps.setLong(1, c.indicatorId());
                    ps.setLong(2, reporterId);
                    ps.setString(3, c.period().toString());
                    ps.setString(4, c.disaggregation());
                });
    }
}
