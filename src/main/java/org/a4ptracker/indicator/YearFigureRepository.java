package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public yearly figures of indicators (table {@code indicator_year_figure}, see V52): one row per indicator,
 * breakdown, reporter and year, written from the approved values. Derived tables rather than common table
 * expressions: H2 keeps a parameterised one's rows from the statement's first execution.
 */
@Repository
class YearFigureRepository {

    /** One reporter's year of one indicator and breakdown. */
    record Row(String reporter, int year, int ownValues, BigDecimal ownSum, int numerators, int pairs, BigDecimal pairNumerator,
               BigDecimal pairDenominator, boolean sample, String latestPeriod, BigDecimal latestAmount, String latestNote,
               String latestSource) {
    }

    /** The approved values within the scope ({@code %s}), each with its year. */
    private static final String APPROVED = """
            (select v.indicator_id, v.disaggregation, v.reporter_id, v.period, v.period_start, v.period_end, v.amount, v.note,
                    v.source, v.sample, cast(extract(year from v.period_start) as integer) as figure_year
             from indicator_value v join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
             where p.state = 'APPROVED' and %s)""";

    /**
     * Per (indicator, breakdown, reporter, year): the indicator's own values counted and added up, and its ratio
     * components (numerator values counted, sample flags of both, sums over the periods reported on both sides).
     */
    private static final String INSERT = """
            insert into indicator_year_figure (indicator_id, disaggregation, reporter_id, figure_year, own_values, own_sum,
                numerators, pairs, pair_numerator, pair_denominator, sample)
            select t.indicator_id, t.disaggregation, t.reporter_id, t.figure_year, sum(t.own_values), sum(t.own_sum),
                   sum(t.numerators), sum(t.pairs), sum(t.pair_numerator), sum(t.pair_denominator), max(t.sample) = 1
            from (
                select v.indicator_id, v.disaggregation, v.reporter_id, v.figure_year, count(v.amount) as own_values,
                       coalesce(sum(v.amount), 0) as own_sum, 0 as numerators, 0 as pairs,
                       cast(0 as numeric(38, 6)) as pair_numerator, cast(0 as numeric(38, 6)) as pair_denominator,
                       max(case when v.sample then 1 else 0 end) as sample
                from {approved} v
                group by v.indicator_id, v.disaggregation, v.reporter_id, v.figure_year
                union all
                select r.id, v.disaggregation, v.reporter_id, v.figure_year, 0, 0,
                       count(case when v.indicator_id = r.numerator_id then v.amount end), 0, 0, 0,
                       max(case when v.sample then 1 else 0 end)
                from indicator r join {approved} v on v.indicator_id = r.numerator_id or v.indicator_id = r.denominator_id
                group by r.id, v.disaggregation, v.reporter_id, v.figure_year
                union all
                select r.id, n.disaggregation, n.reporter_id, n.figure_year, 0, 0, 0, count(*), sum(n.amount), sum(d.amount), 0
                from indicator r join {approved} n on n.indicator_id = r.numerator_id
                join indicator_value d on d.indicator_id = r.denominator_id and d.reporter_id = n.reporter_id
                     and d.period = n.period and d.disaggregation = n.disaggregation
                where n.amount is not null and d.amount is not null
                group by r.id, n.disaggregation, n.reporter_id, n.figure_year
            ) t
            group by t.indicator_id, t.disaggregation, t.reporter_id, t.figure_year
            """;

    /**
     * Then, on the rows with values of their own, the value of the latest period, the longest of those starting the same
     * day, as {@link Period#compareTo} orders them: one indexed look-up per row (a join to a derived table of every
     * approved value ranked was evaluated again for each row on H2, and took minutes for the sample instance).
     */
    private static final String LATEST = """
            update indicator_year_figure f
            set (latest_period, latest_start, latest_end, latest_amount, latest_note, latest_source) = (
                select v.period, v.period_start, v.period_end, v.amount, v.note, v.source
                from indicator_value v join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
                where v.indicator_id = f.indicator_id and v.disaggregation = f.disaggregation and v.reporter_id = f.reporter_id
                  and v.period_start >= cast(concat(cast(f.figure_year as varchar(4)), '-01-01') as date)
                  and v.period_start <= cast(concat(cast(f.figure_year as varchar(4)), '-12-31') as date)
                  and v.amount is not null and p.state = 'APPROVED'
                order by v.period_start desc, v.period_end desc
                fetch first 1 rows only)
            where f.own_values > 0 and %s""";

    private static final String ONE_YEAR = "v.reporter_id = :reporter and v.period >= :from and v.period < :to";

    private final JdbcClient jdbc;

    YearFigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rewrites one reporter's year from its approved values (a period's text starts with its year). */
    void rewrite(long reporterId, int year) {
        jdbc.sql("delete from indicator_year_figure where reporter_id = :reporter and figure_year = :year")
                .param("reporter", reporterId).param("year", year).update();
        jdbc.sql(insert(ONE_YEAR)).param("reporter", reporterId).param("from", String.valueOf(year))
                .param("to", String.valueOf(year + 1)).update();
        jdbc.sql(LATEST.formatted("f.reporter_id = :reporter and f.figure_year = :year")).param("reporter", reporterId)
                .param("year", year).update();
    }

    /** Rewrites every row from the approved values; returns how many there are. */
    int recompute() {
        jdbc.sql("delete from indicator_year_figure").update();
        int rows = jdbc.sql(insert("1 = 1")).update();
        jdbc.sql(LATEST.formatted("1 = 1")).update();
        return rows;
    }

    boolean empty() {
        return jdbc.sql("select count(*) from (select 1 from indicator_year_figure fetch first 1 rows only) f")
                .query(Integer.class).single() == 0;
    }

    /** The rows of one indicator and breakdown, every reporter's or one's, by year. */
    List<Row> rows(long indicatorId, String disaggregation, String reporter) {
        return jdbc.sql("""
                select s.code, f.figure_year, f.own_values, f.own_sum, f.numerators, f.pairs, f.pair_numerator, f.pair_denominator,
                       f.sample, f.latest_period, f.latest_amount, f.latest_note, f.latest_source
                from indicator_year_figure f join stakeholder s on s.id = f.reporter_id
                where f.indicator_id = :indicator and f.disaggregation = :disaggregation
                order by f.figure_year, f.latest_start desc, f.latest_end desc, s.code
                """.replace("order by", reporter == null ? "order by" : "and s.code = :reporter order by"))
                .param("indicator", indicatorId).param("disaggregation", disaggregation)
                .params(reporter == null ? java.util.Map.of() : java.util.Map.of("reporter", reporter))
                .query(YearFigureRepository::row).list();
    }

    private static String insert(String scope) {
        return INSERT.replace("{approved}", APPROVED.formatted(scope));
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4), rs.getInt(5), rs.getInt(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBoolean(9), rs.getString(10), rs.getBigDecimal(11),
                rs.getString(12), rs.getString(13));
    }
}
