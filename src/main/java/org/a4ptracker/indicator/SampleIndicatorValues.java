package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.a4ptracker.shared.SampleDataProperties;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In sample mode, generated monthly and quarterly values of the active missions from 2024 (marked
 * sample), approved up to June 2026; MINUSCA's July 2026 is left submitted, waiting for a reviewer.
 * Batch inserts: a few thousand rows in one round trip per batch.
 */
@Component
@Order(55)
class SampleIndicatorValues implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleIndicatorValues.class);
    private static final String[] CATEGORIES = {"MIL_CONTINGENT", "STAFF_OFFICER", "FPU", "IPO", "JUSTICE_CORRECTIONS"};
    private static final int[] TYPICAL = {9000, 300, 700, 400, 60};
    private static final double[] WOMEN = {0.07, 0.19, 0.13, 0.22, 0.33};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final StakeholderService stakeholders;
    private final SampleDataProperties sample;

    SampleIndicatorValues(JdbcClient jdbc, JdbcTemplate batch, StakeholderService stakeholders, SampleDataProperties sample) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.stakeholders = stakeholders;
        this.sample = sample;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!sample.enabled() || jdbc.sql("select count(*) from indicator_value where sample").query(Long.class).single() > 0) {
            return;
        }
        var ids = new java.util.HashMap<String, Long>();
        jdbc.sql("select code, id from indicator").query((java.sql.ResultSet rs) -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        var rows = new ArrayList<Object[]>();
        var periods = new java.util.LinkedHashSet<String>();
        var random = new Random(2018);
        Timestamp now = Timestamp.from(Instant.now());
        for (StakeholderSummary mission : stakeholders.missions(true).stream()
                .map(m -> stakeholders.summary(m.code())).toList()) {
            double size = 0.05 + random.nextDouble();
            for (Period month : Period.between(Period.month(2024, 1), Period.month(2026, 7))) {
                long women = 0;
                long all = 0;
                for (int c = 0; c < CATEGORIES.length; c++) {
                    long total = Math.round(TYPICAL[c] * size * (0.95 + random.nextDouble() * 0.1));
                    long w = Math.round(total * (WOMEN[c] + (month.year() - 2024) * 0.006 + random.nextDouble() * 0.02));
                    rows.add(row(ids.get("UNIFORMED_PERSONNEL"), mission.id(), month, CATEGORIES[c], total, now));
                    rows.add(row(ids.get("WOMEN_UNIFORMED"), mission.id(), month, CATEGORIES[c], w, now));
                    women += w;
                    all += total;
                }
                rows.add(row(ids.get("UNIFORMED_PERSONNEL"), mission.id(), month, Indicator.TOTAL, all, now));
                rows.add(row(ids.get("WOMEN_UNIFORMED"), mission.id(), month, Indicator.TOTAL, women, now));
                long kwh = Math.round(400_000 * size * (0.9 + random.nextDouble() * 0.2));
                double share = 0.05 + (month.year() - 2024) * 0.04 + random.nextDouble() * 0.05;
                rows.add(row(ids.get("ELECTRICITY_KWH"), mission.id(), month, Indicator.TOTAL, kwh, now));
                rows.add(row(ids.get("RENEWABLE_KWH"), mission.id(), month, Indicator.TOTAL, Math.round(kwh * share), now));
                periods.add(mission.id() + "|" + month);
            }
            for (Period quarter : Period.between(Period.quarter(2024, 1), Period.quarter(2026, 2))) {
                long evacuations = 1 + random.nextInt(Math.max(2, (int) (12 * size)));
                rows.add(row(ids.get("CASEVAC_TOTAL"), mission.id(), quarter, Indicator.TOTAL, evacuations, now));
                rows.add(row(ids.get("CASEVAC_MET"), mission.id(), quarter, Indicator.TOTAL,
                        Math.round(evacuations * (0.7 + random.nextDouble() * 0.3)), now));
                periods.add(mission.id() + "|" + quarter);
            }
        }
        batch.batchUpdate("""
                insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount,
                                             not_applicable, note, source, sample, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, false, null, 'Sample data (generated)', true, ?)
                """, rows);
        long minusca = stakeholders.summary("MINUSCA").id();
        List<Object[]> approvals = periods.stream().map(p -> p.split("\\|")).map(p -> new Object[]{Long.valueOf(p[0]), p[1],
                Long.valueOf(p[0]) == minusca && p[1].equals("2026-07") ? "SUBMITTED"
                        : Period.parse(p[1]).end().isAfter(java.time.LocalDate.of(2026, 6, 30)) ? "OPEN" : "APPROVED", now}).toList();
        batch.batchUpdate("insert into indicator_period (reporter_id, period, state, lock_version, updated_at) values (?, ?, ?, 0, ?)",
                approvals);
        log.info("Sample indicator values generated (labelled as sample): {} values for {} reporter-periods", rows.size(), approvals.size());
    }

    private static Object[] row(long indicator, long reporter, Period period, String disaggregation, long amount, Timestamp now) {
        return new Object[]{indicator, reporter, period.toString(), java.sql.Date.valueOf(period.start()),
                java.sql.Date.valueOf(period.end()), disaggregation, BigDecimal.valueOf(amount), now};
    }
}
