package org.a4ptracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.a4ptracker.action.ActionImportParser;
import org.a4ptracker.action.ActionImportService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.indicator.IndicatorImportParser;
import org.a4ptracker.indicator.IndicatorImportService;
import org.a4ptracker.support.PostgresInitializer;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Throughput of the two validated imports on PostgreSQL, with the files of the scale benchmark
 * (tools/bench/run.sh, make_import_files): 100,000 actions of Ghana, and the monthly headcounts of
 * MINUSTAH 2005-2016, the largest of the four value files (279,648 rows). Not part of the suite (no "Test" suffix, and off unless asked for):
 * <pre>
 * mvn -B -o test-compile org.apache.maven.plugins:maven-surefire-plugin:test@default-test \
 *     -Dtest=ImportThroughputMeasurement -Da4p.measure=true -DargLine=-Xmx512m
 * </pre>
 * Prints the parse (read + validate) time measured alone, then the whole service call, each after a
 * smaller warm-up import so that the code is compiled as in a running server.
 */
@SpringBootTest(properties = {"a4p.sample-data.enabled=true", "a4p.import.max-bytes=209715200",
        "a4p.import.max-rows=200000", "a4p.import.max-value-rows=1100000"})
@ContextConfiguration(initializers = PostgresInitializer.class)
@EnabledIfSystemProperty(named = "a4p.measure", matches = "true")
@Tag("measurement")
class ImportThroughputMeasurement {

    private static final String[] STATUSES = {"PLANNED", "ONGOING", "COMPLETED", "DISCONTINUED"};

    @Autowired
    ActionImportService actionImports;
    @Autowired
    IndicatorImportService valueImports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void actions() {
        CurrentUser ghana = new TestAccounts(jdbc).focalPointOf("GHA");
        byte[] warmUp = actionsCsv(10_000);
        byte[] file = actionsCsv(100_000);
        assertThat(actionImports.importActions(ghana, "GHA", "a.csv", new ByteArrayInputStream(warmUp), false).imported())
                .isEqualTo(10_000);
        Set<Integer> commitments = Set.copyOf(jdbc.sql("select number from commitment").query(Integer.class).list());
        Set<String> missions = Set.copyOf(jdbc.sql("select code from stakeholder where type = 'MISSION'").query(String.class).list());
        long t0 = System.nanoTime();
        var parse = new ActionImportParser(commitments, missions, 209715200, 200000).parse("a.csv", new ByteArrayInputStream(file));
        long t1 = System.nanoTime();
        assertThat(parse.errors()).isEmpty();
        long before = count("select count(*) from action");
        var result = actionImports.importActions(ghana, "GHA", "a.csv", new ByteArrayInputStream(file), false);
        long t2 = System.nanoTime();
        assertThat(result.imported()).isEqualTo(100_000);
        assertThat(count("select count(*) from action")).isEqualTo(before + 100_000);
        report("actions", 100_000, t1 - t0, t2 - t1);
    }

    @Test
    void indicatorValues() {
        addCountryDisaggregations();
        var dis = jdbc.sql("""
                select i.code, d.code from indicator_disaggregation d join indicator i on i.id = d.indicator_id
                where i.code in ('UNIFORMED_PERSONNEL', 'WOMEN_UNIFORMED') order by 1, 2
                """).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        long perCategory = count("""
                select count(*) / 10 from indicator_disaggregation d join indicator i on i.id = d.indicator_id
                where i.code = 'UNIFORMED_PERSONNEL' and d.code like 'FPU\\_%'
                """);
        var accounts = new TestAccounts(jdbc);
        for (String mission : List.of("MINUSTAH", "MINUSMA")) {
            jdbc.sql("delete from indicator_value where reporter_id = (select id from stakeholder where code = :c)").param("c", mission).update();
            jdbc.sql("delete from indicator_period where reporter_id = (select id from stakeholder where code = :c)").param("c", mission).update();
        }
        byte[] warmUp = valuesCsv(dis, perCategory, 2014, 2014);
        byte[] file = valuesCsv(dis, perCategory, 2005, 2016);
        int rows = (int) new String(file, StandardCharsets.UTF_8).lines().count() - 1;
        var minusma = accounts.focalPointOf("MINUSMA");
        var minustah = accounts.focalPointOf("MINUSTAH");
        var warm = valueImports.importValues(minusma, "MINUSMA", "v.csv", new ByteArrayInputStream(warmUp), false);
        assertThat(warm.errors()).isEmpty();
        Map<String, org.a4ptracker.indicator.IndicatorRules> rules = rules();
        long t0 = System.nanoTime();
        var parse = new IndicatorImportParser(rules, 209715200, 1100000).parse("v.csv", new ByteArrayInputStream(file));
        long t1 = System.nanoTime();
        assertThat(parse.errors()).isEmpty();
        var result = valueImports.importValues(minustah, "MINUSTAH", "v.csv", new ByteArrayInputStream(file), false);
        long t2 = System.nanoTime();
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(rows);
        report("indicator values (MINUSTAH)", rows, t1 - t0, t2 - t1);
    }

    /** As tools/bench/generate.sql at scale L: each category broken down by 193 contributing countries, e.g. FPU_GHA. */
    private void addCountryDisaggregations() {
        jdbc.sql("""
                insert into indicator_disaggregation (indicator_id, code, label, sort_order)
                select i.id, c.code || '_' || s.code, 'by country (sample)', 100 + c.c * 1000 + s.idx
                from indicator i
                cross join (values (1, 'MIL_CONTINGENT'), (2, 'STAFF_OFFICER'), (3, 'FPU'), (4, 'IPO'),
                                   (5, 'JUSTICE_CORRECTIONS')) c (c, code)
                cross join (select row_number() over (order by code) as idx, code from stakeholder
                            where type = 'MEMBER_STATE' order by code limit 193) s
                where i.code in ('UNIFORMED_PERSONNEL', 'WOMEN_UNIFORMED')
                  and not exists (select 1 from indicator_disaggregation d where d.indicator_id = i.id and d.code = c.code || '_' || s.code)
                """).update();
        try { // the catalogue is kept from start-up on; the benchmark's disaggregations exist before it starts
            Object cache = context.getBean(Class.forName("org.a4ptracker.indicator.IndicatorCache"));
            var ready = cache.getClass().getMethod("ready");
            ready.setAccessible(true);
            ready.invoke(cache);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, org.a4ptracker.indicator.IndicatorRules> rules() {
        var disaggregations = jdbc.sql("select i.code, d.code from indicator_disaggregation d join indicator i on i.id = d.indicator_id")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toSet())));
        return jdbc.sql("select code, min_amount, max_amount from indicator").query((rs, i) -> {
            var codes = new java.util.HashSet<>(disaggregations.getOrDefault(rs.getString(1), Set.of()));
            codes.add("_T");
            return new org.a4ptracker.indicator.IndicatorRules(rs.getString(1), codes, rs.getBigDecimal(2), rs.getBigDecimal(3));
        }).list().stream().collect(Collectors.toMap(org.a4ptracker.indicator.IndicatorRules::code, r -> r));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static void report(String what, int rows, long parseNanos, long totalNanos) {
        double parse = parseNanos / 1e9;
        double total = totalNanos / 1e9;
        System.out.printf("[measure] %s: %,d rows; parse + validate alone %.2f s; whole import %.2f s = %,.0f rows/s; "
                + "so writing and checks after parsing about %.2f s%n", what, rows, parse, total, rows / total, total - parse);
    }

    /** As the awk of make_import_files. */
    static byte[] actionsCsv(int n) {
        var out = new StringBuilder(n * 560);
        out.append("title,description,commitments,status,reporting_cycle,start_date,end_date,missions,evidence_links\n");
        for (int i = 1; i <= n; i++) {
            int c1 = 1 + i % 45;
            int c2 = 1 + (i * 7) % 45;
            out.append("\"Imported action ").append(i).append(": training of staff officers on the protection of civilians\",");
            out.append("\"Generated for the benchmark import (sample). The activity ").append(i).append(" was planned with the sector "
                    + "headquarters; participants completed the course and an evaluation showed better knowledge of the standards "
                    + "in force. A follow-up visit is scheduled to check how the lessons are applied in daily operations. Women "
                    + "made up a growing share of the participants.\",");
            out.append(c1).append(c1 == c2 ? "" : ";" + c2).append(',').append(STATUSES[i % 4]).append(",2027,2027-0")
                    .append(1 + i % 9).append("-01,,").append(i % 5 == 0 ? "MINUSCA" : "").append(",https://example.org/import/")
                    .append(i).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** As the awk of make_import_files: monthly headcounts by category and country, consistent sums. */
    static byte[] valuesCsv(List<String[]> dis, long n, int from, int to) {
        var out = new StringBuilder();
        out.append("indicator,period,disaggregation,value,not_applicable,note\n");
        for (int y = from; y <= to; y++) {
            for (int m = 1; m <= 12; m++) {
                for (String[] d : dis) {
                    boolean women = d[0].equals("WOMEN_UNIFORMED");
                    long v = d[1].equals("_T") ? 50 * n : d[1].matches(".*_[A-Z][A-Z][A-Z]$") ? 10 : 10 * n;
                    out.append(d[0]).append(',').append(String.format("%04d-%02d", y, m)).append(',').append(d[1]).append(',')
                            .append(women ? trim(v / 10.0) : String.valueOf(v)).append(",,\n");
                }
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** awk prints 1.0 as "1" and 0.5 as "0.5". */
    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
