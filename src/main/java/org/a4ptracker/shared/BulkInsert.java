package org.a4ptracker.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes many new rows in the caller's transaction, for imports. On PostgreSQL with COPY: one
 * stream per table instead of a statement per row, and the new ids taken from the table's identity
 * sequence in one query. Elsewhere (H2, the embedded default) in JDBC batches of {@value #BATCH}.
 * Table and column names come from code, never from input, and must be plain identifiers; values
 * are never put into SQL text.
 */
@Component
public class BulkInsert {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int BATCH = 500;
    private static final int CHUNK = 1 << 16;

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    BulkInsert(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Each row holds its values in the order of {@code columns}: strings, numbers, booleans, dates, timestamps or null. */
    public void insert(String table, List<String> columns, List<Object[]> rows) {
        String sql = statement(table, columns, rows);
        if (rows.isEmpty()) {
            return;
        }
        if (postgres()) {
            copy(table, columns, rows, null);
        } else {
            for (int from = 0; from < rows.size(); from += BATCH) {
                jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH, rows.size())));
            }
        }
    }

    /** As {@link #insert}, into a table whose identity column {@code id} is not among the columns: the new ids in the order of the rows. */
    public List<Long> insertWithNewIds(String table, List<String> columns, List<Object[]> rows) {
        String sql = statement(table, columns, rows);
        if (rows.isEmpty()) {
            return List.of();
        }
        if (postgres()) {
            List<Long> ids = newIds(table, rows.size());
            copy(table, columns, rows, ids);
            return ids;
        }
        var ids = new ArrayList<Long>(rows.size());
        for (int from = 0; from < rows.size(); from += BATCH) {
            var keys = new GeneratedKeyHolder();
            var batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
            jdbc.batchUpdate(con -> con.prepareStatement(sql, new String[] {"id"}),
                    new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                        @Override
                        public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                            Object[] row = batch.get(i);
                            for (int c = 0; c < row.length; c++) {
                                ps.setObject(c + 1, row[c]);
                            }
                        }

                        @Override
                        public int getBatchSize() {
                            return batch.size();
                        }
                    }, keys);
            keys.getKeyList().forEach(k -> ids.add(((Number) k.values().iterator().next()).longValue()));
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("expected " + rows.size() + " new ids in " + table + ", got " + ids.size());
        }
        return ids;
    }

    /** Whether the rows go by COPY; tells which path a test ran. */
    public boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((Connection con) -> con.isWrapperFor(PGConnection.class)));
    }

    /** In ascending order, so that ids follow the rows as with generated keys. The sequence is looked up once, not per row. */
    private List<Long> newIds(String table, int count) {
        var ids = new ArrayList<>(client.sql("""
                with s as materialized (select cast(pg_get_serial_sequence(:table, 'id') as regclass) as seq)
                select nextval(s.seq) from s cross join generate_series(1, :count)
                """).param("table", table).param("count", count).query(Long.class).list());
        java.util.Collections.sort(ids);
        return ids;
    }

    private void copy(String table, List<String> columns, List<Object[]> rows, List<Long> ids) {
        String names = (ids == null ? "" : "id, ") + String.join(", ", columns);
        jdbc.execute((Connection con) -> {
            CopyIn copy = con.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + names + ") from stdin (format text)");
            try {
                var text = new StringBuilder(CHUNK + 4096);
                for (int r = 0; r < rows.size(); r++) {
                    if (ids != null) {
                        text.append(ids.get(r).longValue()).append('\t');
                    }
                    appendRow(text, rows.get(r));
                    if (text.length() >= CHUNK) {
                        send(copy, text);
                    }
                }
                send(copy, text);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return null;
        });
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private static void appendRow(StringBuilder text, Object[] row) {
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                text.append('\t');
            }
            appendValue(text, row[c]);
        }
        text.append('\n');
    }

    /** COPY's text format: \N for null, and backslash, tab and line breaks escaped in text. */
    static void appendValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            text.append(value);
        } else if (value instanceof Timestamp || value instanceof java.sql.Date || value instanceof LocalDate) {
            // a timestamp column holds local time, as the driver writes a bound Timestamp
            text.append(value);
        } else {
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
        }
    }

    /** The INSERT for the H2 path; checks the names and that every row has a value for each column. */
    private static String statement(String table, List<String> columns, List<Object[]> rows) {
        if (!IDENTIFIER.matcher(table).matches() || columns.isEmpty()
                || !columns.stream().allMatch(c -> IDENTIFIER.matcher(c).matches())) {
            throw new IllegalArgumentException("not plain identifiers: " + table + " " + columns);
        }
        for (Object[] row : rows) {
            if (row.length != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " values for " + columns.size() + " columns");
            }
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }
}
