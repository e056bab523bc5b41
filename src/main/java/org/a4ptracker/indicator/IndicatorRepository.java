package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator catalogue: definitions, disaggregations, commitments and targets, read in four queries. */
@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> all() {
        var commitments = new HashMap<Long, List<Integer>>();
        jdbc.sql("select indicator_id, commitment_number from indicator_commitment order by commitment_number")
                .query((ResultSet rs) -> {
                    commitments.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                });
        var disaggregations = new HashMap<Long, List<Indicator.Disaggregation>>();
        jdbc.sql("select indicator_id, code, label from indicator_disaggregation order by sort_order")
                .query((ResultSet rs) -> {
                    disaggregations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Indicator.Disaggregation(rs.getString(2), rs.getString(3)));
                });
        var targets = new HashMap<Long, List<Indicator.Target>>();
        jdbc.sql("select indicator_id, disaggregation, target_year, kind, amount, source from indicator_target order by target_year")
                .query((ResultSet rs) -> {
                    targets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Indicator.Target(rs.getString(2),
                            rs.getInt(3), rs.getString(4), Decimals.plain(rs.getBigDecimal(5)), rs.getString(6)));
                });
        return jdbc.sql("""
                select i.*, n.code as numerator_code, d.code as denominator_code
                from indicator i
                left join indicator n on n.id = i.numerator_id
                left join indicator d on d.id = i.denominator_id
                order by i.id
                """)
                .query((rs, i) -> {
                    long id = rs.getLong("id");
                    return new Indicator(id, rs.getString("code"), rs.getString("name"), rs.getString("description"),
                            Unit.valueOf(rs.getString("unit")), Direction.valueOf(rs.getString("direction")),
                            AggregationRule.valueOf(rs.getString("aggregation")), rs.getString("numerator_code"),
                            rs.getString("denominator_code"), Frequency.valueOf(rs.getString("frequency")),
                            rs.getString("reporter_type"), commitments.getOrDefault(id, List.of()),
                            disaggregations.getOrDefault(id, List.of()), strip(rs.getBigDecimal("min_amount")),
                            strip(rs.getBigDecimal("max_amount")), strip(rs.getBigDecimal("jump_threshold")),
                            rs.getString("source"), targets.getOrDefault(id, List.of()));
                }).list();
    }

    Map<String, Long> idsByCode() {
        var ids = new HashMap<String, Long>();
        jdbc.sql("select code, id from indicator").query((ResultSet rs) -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    private static BigDecimal strip(BigDecimal b) {
        return Decimals.plain(b);
    }
}
