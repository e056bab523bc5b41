package org.a4ptracker.indicator;

import static org.a4ptracker.shared.SampleHash.key;
import static org.a4ptracker.shared.SampleHash.r;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a4ptracker.identity.SampleFocalPoints;
import org.a4ptracker.shared.BulkInsert;
import org.a4ptracker.shared.SampleGenerator;
import org.a4ptracker.stakeholder.Mission;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sample instance's indicator values: each mission's monthly headcounts by category (and women among them) and
 * electricity (and its renewable part) from January 2023 to September 2026, and quarterly casualty evacuations (and
 * those meeting 10-1-2), only in the years the mission was active (MINUSMA's stop with 2023). Each value was entered
 * by the mission's focal point ten days after its period ended; periods up to June 2026 were approved ten days later
 * (locked), MINUSCA's July 2026 waits for a reviewer, and the rest is open. Years before 2023 are left to the public
 * figures seeded with their sources, so that no generated value is assessed beside them.
 */
@Component
@Order(55)
class SampleIndicatorValues implements SampleGenerator {

    static final Period FIRST_MONTH = Period.month(2023, 1);
    static final Period LAST_MONTH = Period.month(2026, 9);
    static final LocalDate APPROVED_UNTIL = LocalDate.of(2026, 6, 30);
    private static final String[] CATEGORIES = {"MIL_CONTINGENT", "STAFF_OFFICER", "FPU", "IPO", "JUSTICE_CORRECTIONS"};
    private static final int[] TYPICAL = {9000, 300, 700, 400, 60};
    private static final double[] WOMEN = {0.07, 0.19, 0.13, 0.22, 0.33};

    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final StakeholderService stakeholders;
    private final SampleFocalPoints focalPoints;

    SampleIndicatorValues(JdbcClient jdbc, BulkInsert bulk, StakeholderService stakeholders, SampleFocalPoints focalPoints) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.stakeholders = stakeholders;
        this.focalPoints = focalPoints;
    }

    @Override
    public String part() {
        return "indicator values";
    }

    @Override
    public boolean pending() {
        return focalPoints.reviewer().isPresent()
                && jdbc.sql("select count(*) from indicator_value where sample").query(Long.class).single() == 0;
    }

    @Override
    public String generate() {
        var ids = new HashMap<String, Long>();
        jdbc.sql("select code, id from indicator").query((java.sql.ResultSet rs) -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        var summaries = new HashMap<String, StakeholderSummary>();
        stakeholders.byType(StakeholderType.MISSION).forEach(s -> summaries.put(s.code(), s));
        var missions = stakeholders.missions(null).stream()
                .filter(m -> m.endYear() == null || m.endYear() >= FIRST_MONTH.year()).toList();
        Map<Long, Long> authors = focalPoints.authors(missions.stream().map(m -> summaries.get(m.code())).toList());
        long reviewer = focalPoints.reviewer().orElseThrow();
        var values = new ArrayList<Object[]>();
        var periods = new ArrayList<Object[]>();
        for (Mission m : missions) {
            long id = summaries.get(m.code()).id();
            var writer = new Rows(ids, id, authors.get(id), values);
            double size = 0.05 + r(key(m.code()), 1);
            for (Period month : Period.between(FIRST_MONTH, LAST_MONTH)) {
                if (activeIn(m, month.year())) {
                    writer.month(month, size, key(m.code()));
                    periods.add(period(id, month, m.code(), authors.get(id), reviewer));
                }
            }
            for (Period quarter : Period.between(Period.quarter(FIRST_MONTH.year(), 1), Period.quarter(2026, 2))) {
                if (activeIn(m, quarter.year())) {
                    writer.quarter(quarter, size, key(m.code()));
                    periods.add(period(id, quarter, m.code(), authors.get(id), reviewer));
                }
            }
        }
        bulk.insert("indicator_value", List.of("indicator_id", "reporter_id", "period", "period_start", "period_end", "disaggregation",
                "amount", "not_applicable", "source", "sample", "updated_at", "updated_by"), values);
        bulk.insert("indicator_period", List.of("reporter_id", "period", "state", "lock_version", "updated_at", "updated_by"), periods);
        return String.format(java.util.Locale.ROOT, "%,d values of %d missions in %,d reporter-periods", values.size(), missions.size(),
                periods.size());
    }

    private static boolean activeIn(Mission m, int year) {
        return m.startYear() <= year && (m.endYear() == null || year <= m.endYear());
    }

    /** Approved (by the reviewer, ten days after the values) up to June 2026; MINUSCA's July 2026 submitted; the rest open. */
    private static Object[] period(long reporter, Period p, String code, long author, long reviewer) {
        boolean approved = !p.end().isAfter(APPROVED_UNTIL);
        boolean submitted = !approved && code.equals("MINUSCA") && p.toString().equals("2026-07");
        Timestamp at = Timestamp.valueOf(p.end().plusDays(approved ? 20 : 10).atTime(15, 0));
        return new Object[] {reporter, p.toString(), approved ? "APPROVED" : submitted ? "SUBMITTED" : "OPEN", approved ? 2 : submitted ? 1 : 0,
                at, approved ? reviewer : author};
    }

    /** One mission's values, each entered by its focal point ten days after the period. */
    private record Rows(Map<String, Long> ids, long reporter, long author, List<Object[]> out) {

        void month(Period month, double size, long seed) {
            long n = seed + month.start().toEpochDay();
            long women = 0;
            long all = 0;
            for (int c = 0; c < CATEGORIES.length; c++) {
                long total = Math.round(TYPICAL[c] * size * (0.95 + r(n, 10 + c) * 0.1));
                long w = Math.round(total * (WOMEN[c] + (month.year() - 2024) * 0.006 + r(n, 20 + c) * 0.02));
                add("UNIFORMED_PERSONNEL", month, CATEGORIES[c], total);
                add("WOMEN_UNIFORMED", month, CATEGORIES[c], w);
                women += w;
                all += total;
            }
            add("UNIFORMED_PERSONNEL", month, Indicator.TOTAL, all);
            add("WOMEN_UNIFORMED", month, Indicator.TOTAL, women);
            long kwh = Math.round(400_000 * size * (0.9 + r(n, 30) * 0.2));
            double share = 0.05 + (month.year() - 2024) * 0.04 + r(n, 31) * 0.05;
            add("ELECTRICITY_KWH", month, Indicator.TOTAL, kwh);
            add("RENEWABLE_KWH", month, Indicator.TOTAL, Math.round(kwh * Math.max(0.01, share)));
        }

        void quarter(Period quarter, double size, long seed) {
            long n = seed + quarter.start().toEpochDay();
            long evacuations = 1 + (long) (r(n, 40) * Math.max(2, (int) (12 * size)));
            add("CASEVAC_TOTAL", quarter, Indicator.TOTAL, evacuations);
            add("CASEVAC_MET", quarter, Indicator.TOTAL, Math.round(evacuations * (0.7 + r(n, 41) * 0.3)));
        }

        private void add(String indicator, Period period, String disaggregation, long amount) {
            out.add(new Object[] {ids.get(indicator), reporter, period.toString(), java.sql.Date.valueOf(period.start()),
                    java.sql.Date.valueOf(period.end()), disaggregation, BigDecimal.valueOf(amount), false, "Sample data (generated)", true,
                    Timestamp.valueOf(period.end().plusDays(10).atTime(9, 30)), author});
        }
    }
}
