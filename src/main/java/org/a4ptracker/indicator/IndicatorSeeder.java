package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import org.a4ptracker.shared.ReferenceData;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the indicator catalogue, its published targets and the public figures of docs/domain.md
 * (each with its source) at every start. Definitions are merged on their code; public figures are
 * inserted once, as approved values, and never overwrite what is in the database; the public yearly figures of the
 * years they fall in are rewritten with them.
 */
@Component
@Order(25)
class IndicatorSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndicatorSeeder.class);
    private static final String DIR = "data/indicator/";

    private final JdbcClient jdbc;
    private final IndicatorFigures figures;

    IndicatorSeeder(JdbcClient jdbc, IndicatorFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var indicators = ReferenceData.read(DIR + "indicators.csv");
        indicators.forEach(this::upsertIndicator);
        indicators.forEach(this::linkComponentsAndCommitments);
        ReferenceData.read(DIR + "disaggregations.csv").forEach(r -> jdbc.sql("""
                merge into indicator_disaggregation t
                using (select i.id as indicator_id, cast(:code as varchar(30)) as code, cast(:label as varchar(200)) as label,
                              cast(:sort as integer) as sort_order from indicator i where i.code = :indicator) s
                on t.indicator_id = s.indicator_id and t.code = s.code
                when matched then update set label = s.label, sort_order = s.sort_order
                when not matched then insert (indicator_id, code, label, sort_order) values (s.indicator_id, s.code, s.label, s.sort_order)
                """).param("indicator", r.get("indicator")).param("code", r.get("code")).param("label", r.get("label"))
                .param("sort", Integer.valueOf(r.get("sort_order"))).update());
        ReferenceData.read(DIR + "targets.csv").forEach(r -> jdbc.sql("""
                merge into indicator_target t
                using (select i.id as indicator_id, cast(:disaggregation as varchar(30)) as disaggregation,
                              cast(:year as integer) as target_year, cast(:kind as varchar(20)) as kind,
                              cast(:amount as numeric(20, 6)) as amount, cast(:source as varchar(500)) as source
                       from indicator i where i.code = :indicator) s
                on t.indicator_id = s.indicator_id and t.disaggregation = s.disaggregation and t.target_year = s.target_year and t.kind = s.kind
                when matched then update set amount = s.amount, source = s.source
                when not matched then insert (indicator_id, disaggregation, target_year, kind, amount, source)
                                      values (s.indicator_id, s.disaggregation, s.target_year, s.kind, s.amount, s.source)
                """).param("indicator", r.get("indicator")).param("disaggregation", r.get("disaggregation"))
                .param("year", Integer.valueOf(r.get("target_year"))).param("kind", r.get("kind"))
                .param("amount", new BigDecimal(r.get("amount"))).param("source", r.get("source")).update());
        var values = ReferenceData.read(DIR + "values.csv");
        var inserted = new java.util.TreeSet<String>();
        values.stream().filter(this::insertPublicValue).forEach(r -> inserted.add(r.get("reporter") + " " + Period.parse(r.get("period")).year()));
        if (figures.neverComputed()) {
            figures.recompute(); // once, on a database that holds approved values from before the kept figures (V52)
        } else {
            inserted.forEach(reporterYear -> figures.approvalsChanged(jdbc.sql("select id from stakeholder where code = :code")
                    .param("code", reporterYear.split(" ")[0]).query(Long.class).single(), Integer.parseInt(reporterYear.split(" ")[1])));
        }
        log.info("Indicator catalogue loaded: {} indicators, {} public figures with their sources", indicators.size(), values.size());
    }

    private void upsertIndicator(CSVRecord r) {
        jdbc.sql("""
                merge into indicator t
                using (select cast(:code as varchar(40)) as code, cast(:name as varchar(300)) as name,
                              cast(:description as varchar(2000)) as description, cast(:unit as varchar(20)) as unit,
                              cast(:direction as varchar(20)) as direction, cast(:aggregation as varchar(20)) as aggregation,
                              cast(:frequency as varchar(20)) as frequency, cast(:reporterType as varchar(30)) as reporter_type,
                              cast(:min as numeric(20, 6)) as min_amount, cast(:max as numeric(20, 6)) as max_amount,
                              cast(:jump as numeric(10, 2)) as jump_threshold, cast(:source as varchar(500)) as source) s
                on t.code = s.code
                when matched then update set name = s.name, description = s.description, unit = s.unit, direction = s.direction,
                     frequency = s.frequency, reporter_type = s.reporter_type, min_amount = s.min_amount,
                     max_amount = s.max_amount, jump_threshold = s.jump_threshold, source = s.source
                when not matched then insert (code, name, description, unit, direction, aggregation, frequency, reporter_type,
                                              min_amount, max_amount, jump_threshold, source)
                     values (s.code, s.name, s.description, s.unit, s.direction, 'SUM', s.frequency, s.reporter_type,
                             s.min_amount, s.max_amount, s.jump_threshold, s.source)
                """)
                .param("code", r.get("code")).param("name", r.get("name")).param("description", r.get("description"))
                .param("unit", r.get("unit")).param("direction", r.get("direction")).param("aggregation", r.get("aggregation"))
                .param("frequency", r.get("frequency")).param("reporterType", r.get("reporter_type"))
                .param("min", decimal(r, "min")).param("max", decimal(r, "max")).param("jump", decimal(r, "jump_threshold"))
                .param("source", r.get("source")).update();
    }

    /** Ratio components point at other indicators, so they are linked once all indicators exist. */
    private void linkComponentsAndCommitments(CSVRecord r) {
        jdbc.sql("""
                update indicator set aggregation = :aggregation,
                       numerator_id = (select id from indicator where code = :numerator),
                       denominator_id = (select id from indicator where code = :denominator)
                where code = :code
                """).param("code", r.get("code")).param("aggregation", r.get("aggregation"))
                .param("numerator", ReferenceData.optional(r, "numerator"))
                .param("denominator", ReferenceData.optional(r, "denominator")).update();
        for (String n : r.get("commitments").split(";")) {
            jdbc.sql("""
                    insert into indicator_commitment (indicator_id, commitment_number)
                    select i.id, :n from indicator i where i.code = :code
                      and not exists (select 1 from indicator_commitment c where c.indicator_id = i.id and c.commitment_number = :n)
                    """).param("code", r.get("code")).param("n", Integer.valueOf(n.trim())).update();
        }
    }

    /** True when the value was not there yet. */
    private boolean insertPublicValue(CSVRecord r) {
        Period period = Period.parse(r.get("period"));
        Timestamp now = Timestamp.from(Instant.now());
        int inserted = jdbc.sql("""
                insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount,
                                             not_applicable, note, source, sample, updated_at)
                select i.id, s.id, :period, :start, :end, :disaggregation, :amount, false, :note, :source, false, :now
                from indicator i, stakeholder s
                where i.code = :indicator and s.code = :reporter
                  and not exists (select 1 from indicator_value v where v.indicator_id = i.id and v.reporter_id = s.id
                                  and v.period = :period and v.disaggregation = :disaggregation)
                """).param("indicator", r.get("indicator")).param("reporter", r.get("reporter"))
                .param("period", period.toString()).param("start", period.start()).param("end", period.end())
                .param("disaggregation", r.get("disaggregation")).param("amount", new BigDecimal(r.get("amount")))
                .param("note", ReferenceData.optional(r, "note")).param("source", r.get("source")).param("now", now).update();
        jdbc.sql("""
                insert into indicator_period (reporter_id, period, state, updated_at)
                select s.id, :period, 'APPROVED', :now from stakeholder s
                where s.code = :reporter
                  and not exists (select 1 from indicator_period p where p.reporter_id = s.id and p.period = :period)
                """).param("reporter", r.get("reporter")).param("period", period.toString()).param("now", now).update();
        return inserted == 1;
    }

    private static BigDecimal decimal(CSVRecord r, String column) {
        String raw = ReferenceData.optional(r, column);
        return raw == null ? null : new BigDecimal(raw);
    }
}
