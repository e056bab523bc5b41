package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.a4ptracker.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Indicator values and period approval. Public reads join the approval of the value's reporter and period. */
@Repository
class IndicatorValueRepository {

    private static final String SELECT = """
            select i.code as indicator, s.code as reporter, v.period, v.period_start, v.disaggregation, v.amount,
                   v.not_applicable, v.note, v.source, v.sample, coalesce(p.state, 'OPEN') as state
            from indicator_value v
            join indicator i on i.id = v.indicator_id
            join stakeholder s on s.id = v.reporter_id
            left join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
            """;

    private static final String FILTER = """
            where (cast(:indicator as varchar(40)) is null or i.code = :indicator)
              and (cast(:reporter as varchar(20)) is null or s.code = :reporter)
              and (cast(:period as varchar(7)) is null or v.period = :period)
              and (cast(:disaggregation as varchar(30)) is null or v.disaggregation = :disaggregation)
              and (cast(:from as date) is null or v.period_start >= :from)
              and (cast(:to as date) is null or v.period_start <= :to)
              and (:all or p.state = 'APPROVED')
            """;

    private final JdbcClient jdbc;

    IndicatorValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<IndicatorValue> find(ValueFilter f, boolean includeProvisional, PageRequest page) {
        return bind(jdbc.sql(SELECT + FILTER + " order by i.code, v.period_start, s.code, v.disaggregation limit :limit offset :offset"),
                f, includeProvisional).param("limit", page.size()).param("offset", page.offset())
                .query(IndicatorValueRepository::value).list();
    }

    long count(ValueFilter f, boolean includeProvisional) {
        return bind(jdbc.sql("select count(*) from indicator_value v join indicator i on i.id = v.indicator_id "
                + "join stakeholder s on s.id = v.reporter_id "
                + "left join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period " + FILTER), f, includeProvisional)
                .query(Long.class).single();
    }

    /** Streams every matching value row by row, for exports of any size in constant memory. */
    void stream(ValueFilter f, boolean includeProvisional, Consumer<IndicatorValue> sink) {
        bind(jdbc.sql(SELECT + FILTER + " order by i.code, v.period_start, s.code, v.disaggregation"), f, includeProvisional)
                .withFetchSize(1000)
                .query((ResultSet rs) -> sink.accept(value(rs, 0)));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ValueFilter f, boolean all) {
        return spec.param("indicator", f.indicator()).param("reporter", f.reporter()).param("period", f.period())
                .param("disaggregation", f.disaggregation())
                .param("from", f.from() == null ? null : Period.parse(f.from()).start())
                .param("to", f.to() == null ? null : Period.parse(f.to()).start())
                .param("all", all);
    }

    Optional<BigDecimal> previous(long indicatorId, long reporterId, String disaggregation, LocalDate before) {
        return jdbc.sql("""
                select amount from indicator_value
                where indicator_id = :indicator and reporter_id = :reporter and disaggregation = :disaggregation
                  and period_start < :before and amount is not null
                order by period_start desc limit 1
                """).param("indicator", indicatorId).param("reporter", reporterId).param("disaggregation", disaggregation)
                .param("before", before).query(BigDecimal.class).optional().map(Decimals::plain);
    }

    /** Receives one value with a number. */
    interface NumberSink {
        void accept(long indicatorId, String disaggregation, LocalDate periodStart, BigDecimal amount);
    }

    /** Every value with a number of one reporter, streamed. */
    void numbersOf(long reporterId, NumberSink sink) {
        jdbc.sql("""
                select indicator_id, disaggregation, period_start, amount from indicator_value
                where reporter_id = :reporter and amount is not null
                """).param("reporter", reporterId).withFetchSize(1000)
                .query((ResultSet rs) -> sink.accept(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        rs.getBigDecimal(4)));
    }

    record PeriodState(String state, String reason, int lockVersion) {
    }

    /** The approval state of each of the reporter's periods that has one; a period without is open. */
    Map<String, PeriodWorkflow.State> periodStates(long reporterId) {
        var states = new HashMap<String, PeriodWorkflow.State>();
        jdbc.sql("select period, state from indicator_period where reporter_id = :r").param("r", reporterId)
                .query((ResultSet rs) -> {
                    states.put(rs.getString(1), PeriodWorkflow.State.valueOf(rs.getString(2)));
                });
        return states;
    }

    PeriodState periodState(long reporterId, String period) {
        return jdbc.sql("select state, reason, lock_version from indicator_period where reporter_id = :r and period = :p")
                .param("r", reporterId).param("p", period)
                .query((rs, i) -> new PeriodState(rs.getString(1), rs.getString(2), rs.getInt(3))).optional()
                .orElse(new PeriodState("OPEN", null, 0));
    }

    /** Whether the person submitted the period or last changed any of its values: they may not approve it (four eyes). */
    boolean submittedOrEnteredBy(long reporterId, String period, long userId) {
        return jdbc.sql("""
                select (exists (select 1 from indicator_period where reporter_id = :r and period = :p and updated_by = :u))
                    or (exists (select 1 from indicator_value where reporter_id = :r and period = :p and updated_by = :u))
                """).param("r", reporterId).param("p", period).param("u", userId).query(Boolean.class).single();
    }

    boolean setPeriodState(long reporterId, String period, String state, String reason, int expectedLock, long userId, Instant now) {
        int updated = jdbc.sql("""
                update indicator_period set state = :state, reason = cast(:reason as varchar(2000)), lock_version = lock_version + 1,
                       updated_at = :now, updated_by = :user
                where reporter_id = :r and period = :p and lock_version = :lock
                """).param("state", state).param("reason", reason).param("now", Timestamp.from(now)).param("user", userId)
                .param("r", reporterId).param("p", period).param("lock", expectedLock).update();
        if (updated == 0 && expectedLock == 0 && periodStateMissing(reporterId, period)) {
            updated = jdbc.sql("""
                    insert into indicator_period (reporter_id, period, state, reason, lock_version, updated_at, updated_by)
                    values (:r, :p, :state, cast(:reason as varchar(2000)), 1, :now, :user)
                    """).param("r", reporterId).param("p", period).param("state", state).param("reason", reason)
                    .param("now", Timestamp.from(now)).param("user", userId).update();
        }
        return updated == 1;
    }

    private boolean periodStateMissing(long reporterId, String period) {
        return jdbc.sql("select count(*) from indicator_period where reporter_id = :r and period = :p")
                .param("r", reporterId).param("p", period).query(Long.class).single() == 0;
    }

    public record Queued(String reporter, String period, String state, String reason, int lockVersion, Instant updatedAt) {
    }

    List<Queued> periods(String state) {
        return jdbc.sql("""
                select s.code, p.period, p.state, p.reason, p.lock_version, p.updated_at
                from indicator_period p join stakeholder s on s.id = p.reporter_id
                where p.state = :state order by p.updated_at, s.code limit 500
                """).param("state", state)
                .query((rs, i) -> new Queued(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getTimestamp(6).toInstant())).list();
    }

    private static IndicatorValue value(ResultSet rs, int i) throws SQLException {
        BigDecimal amount = rs.getBigDecimal("amount");
        return new IndicatorValue(rs.getString("indicator"), rs.getString("reporter"), rs.getString("period"),
                rs.getString("disaggregation"), Decimals.plain(amount), rs.getBoolean("not_applicable"),
                rs.getString("note"), rs.getString("source"), "APPROVED".equals(rs.getString("state")), rs.getBoolean("sample"));
    }
}
