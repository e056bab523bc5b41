package org.a4ptracker.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.SAXParserFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Exports of a large registry in a small heap: 200,000 published actions (plus drafts that must not
 * show) and about 50,000 indicator values, generated with INSERT ... SELECT, then the open-data zip
 * and the actions list as XLSX fetched over HTTP from a real server and read back as they arrive,
 * never held whole. Maven runs this class alone in a JVM with -Xmx256m (execution "small-heap" in
 * pom.xml); the database is an H2 file under target/ so that its rows are not on the heap either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./" + OpenDataSmallHeapTest.DIRECTORY + "/a4p;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=false"})
@Tag("h2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataSmallHeapTest {

    static final String DIRECTORY = "target/small-heap-db";

    static {
        // a fresh database each run; the context, and with it the database, starts after this
        org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File(DIRECTORY));
    }

    static final int ACTIONS = 200_000;
    static final int DRAFTS = 2_000;
    /** Every FORMULA_EVERY-th action's title starts with "=". */
    static final int FORMULA_EVERY = 1_000;
    static final int MONTHS = 240;
    static final int CHUNK = 25_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long approvedValues;

    @BeforeAll
    void generate() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run by the small-heap execution, with -Xmx256m")
                .isLessThanOrEqualTo(300L * 1024 * 1024);
        jdbc.sql("insert into app_user (email, display_name, created_at) values ('generator@test.example.org', 'Generator', current_timestamp)")
                .update();
        long user = jdbc.sql("select id from app_user where email = 'generator@test.example.org'").query(Long.class).single();
        long first = jdbc.sql("select min(id) from stakeholder").query(Long.class).single();
        long stakeholders = jdbc.sql("select count(*) from stakeholder").query(Long.class).single();
        assertThat(jdbc.sql("select max(id) from stakeholder").query(Long.class).single() - first + 1)
                .as("stakeholder ids without gaps, so that rows can be spread over them by arithmetic").isEqualTo(stakeholders);
        // the generated rows are consistent by construction; checking every foreign key would only slow the inserts down
        jdbc.sql("set referential_integrity false").update();
        try {
            // chunks: H2 slows down markedly on single transactions of hundreds of thousands of rows
            for (long from = 1; from <= ACTIONS + DRAFTS; from += CHUNK) {
                generateActions(from, Math.min(from + CHUNK - 1, ACTIONS + DRAFTS), user, first, stakeholders);
            }
            for (long from = 0; from < stakeholders * MONTHS; from += CHUNK) {
                generateValues(from, Math.min(from + CHUNK, stakeholders * MONTHS) - 1, user, first, stakeholders);
            }
        } finally {
            jdbc.sql("set referential_integrity true").update();
        }
        approvedValues = jdbc.sql("""
                select count(*) from indicator_value v join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
                where p.state = 'APPROVED'""").query(Long.class).single();
        long all = jdbc.sql("select count(*) from indicator_value").query(Long.class).single();
        assertThat(approvedValues).isGreaterThan(stakeholders * (MONTHS - 2)).isLessThan(all);
    }

    /** Actions {@code from..to}: published up to {@link #ACTIONS}, drafts after; one commitment each, a second one for every fourth. */
    private void generateActions(long from, long to, long user, long first, long stakeholders) {
        jdbc.sql("""
                insert into action (id, stakeholder_id, state, current_version, published_version, created_at, created_by,
                                    updated_at, updated_by, published_at)
                select x, :first + mod(x, :n), case when x <= :actions then 'PUBLISHED' else 'DRAFT' end, 1,
                       case when x <= :actions then 1 end, timestamp '2025-01-01 00:00:00', :user,
                       timestamp '2025-01-01 00:00:00', :user,
                       case when x <= :actions then dateadd('SECOND', x, timestamp '2025-01-01 00:00:00') end
                from (select "X" as x from system_range(:from, :to)) g
                """).param("first", first).param("n", stakeholders).param("actions", ACTIONS).param("user", user)
                .param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into action_version (action_id, version_no, title, description, status, reporting_cycle, created_at, created_by)
                select x, 1, case when x > :actions then 'Draft ' || x
                                  when mod(x, :every) = 0 then '=HYPERLINK(\"http://evil.example\",\"' || x || '\")'
                                  else 'Generated action ' || x end,
                       'Generated for the small-heap export test', 'COMPLETED', 2019 + mod(x, 8), timestamp '2025-01-01 00:00:00', :user
                from (select "X" as x from system_range(:from, :to)) g
                """).param("actions", ACTIONS).param("every", FORMULA_EVERY).param("user", user).param("from", from).param("to", to)
                .update();
        jdbc.sql("""
                insert into action_version_commitment (action_id, version_no, commitment_number)
                select x, 1, 1 + mod(x, 45) from (select "X" as x from system_range(:from, :to)) g
                union all select x, 1, 1 + mod(x + 7, 45) from (select "X" as x from system_range(:from, :to)) g where mod(x, 4) = 0
                """).param("from", from).param("to", to).update();
    }

    /**
     * Values {@code from..to} of one monthly value per stakeholder and month from January 1990; every period but the
     * last month is approved, so the last month's values must stay out of the exports.
     */
    private void generateValues(long from, long to, long user, long first, long stakeholders) {
        jdbc.sql("""
                insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount,
                                             updated_at, updated_by)
                select i.id, :first + mod(x, :n),
                       cast(1990 + (x / :n) / 12 as varchar(4)) || '-' || lpad(cast(1 + mod(x / :n, 12) as varchar(2)), 2, '0'),
                       dateadd('MONTH', x / :n, date '1990-01-01'), dateadd('DAY', -1, dateadd('MONTH', x / :n + 1, date '1990-01-01')),
                       '_T', x, current_timestamp, :user
                from (select "X" as x from system_range(:from, :to)) g, indicator i where i.code = 'ELECTRICITY_KWH'
                """).param("first", first).param("n", stakeholders).param("user", user).param("from", from).param("to", to).update();
        jdbc.sql("""
                insert into indicator_period (reporter_id, period, state, updated_at)
                select :first + mod(x, :n),
                       cast(1990 + (x / :n) / 12 as varchar(4)) || '-' || lpad(cast(1 + mod(x / :n, 12) as varchar(2)), 2, '0'),
                       'APPROVED', current_timestamp
                from (select "X" as x from system_range(:from, :to)) g
                where x / :n < :months - 1 and not exists (select 1 from indicator_period p -- approved reference data
                      where p.reporter_id = :first + mod(x, :n)
                        and p.period = cast(1990 + (x / :n) / 12 as varchar(4)) || '-' || lpad(cast(1 + mod(x / :n, 12) as varchar(2)), 2, '0'))
                """).param("first", first).param("n", stakeholders).param("months", MONTHS).param("from", from).param("to", to).update();
    }

    private InputStream get(String path) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theOpenDataPackageOfALargeRegistryStreamsInASmallHeap() throws Exception {
        Map<String, long[]> counts = new HashMap<>(); // entry -> rows, titles left as formulas, drafts, neutralised titles
        try (var zip = new ZipInputStream(get("/api/v1/open-data.zip"), StandardCharsets.UTF_8)) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().endsWith(".csv")) {
                    continue;
                }
                long[] c = new long[4];
                // not closed: closing the parser would close the zip between entries
                var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(zip, StandardCharsets.UTF_8));
                for (CSVRecord r : parser) {
                    c[0]++;
                    if (entry.getName().equals("actions.csv")) {
                        c[1] += r.get("title").startsWith("=") ? 1 : 0;
                        c[2] += r.get("title").startsWith("Draft") ? 1 : 0;
                        c[3] += r.get("title").startsWith("'=") ? 1 : 0;
                    }
                }
                counts.put(entry.getName(), c);
            }
        }
        assertThat(counts.get("actions.csv")).containsExactly(ACTIONS, 0, 0, ACTIONS / FORMULA_EVERY);
        assertThat(counts.get("indicator_values.csv")[0]).isEqualTo(approvedValues);
        assertThat(counts).containsKeys("stakeholders.csv", "commitments.csv", "survey_results.csv");
    }

    @Test
    void theActionsListAsXlsxOfALargeRegistryStreamsInASmallHeap() throws Exception {
        var sheet = new SheetCounter();
        // commons-compress (as POI writes it): the JDK's reader refuses its streamed entries
        try (var xlsx = new ZipArchiveInputStream(get("/api/v1/actions.xlsx"), "UTF-8", true, true)) {
            for (var entry = xlsx.getNextEntry(); entry != null; entry = xlsx.getNextEntry()) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    SAXParserFactory.newInstance().newSAXParser().parse(new NotClosing(xlsx), sheet);
                }
            }
        }
        assertThat(sheet.rows).isEqualTo(ACTIONS + 1); // and the header
        assertThat(sheet.numericIds).isEqualTo(ACTIONS);
        assertThat(sheet.neutralisedTitles).isEqualTo(ACTIONS / FORMULA_EVERY);
        assertThat(sheet.formulaTitles).isZero();
        assertThat(sheet.draftTitles).isZero();
    }

    /** Reads a streamed sheet's XML: rows, numeric cells in column A, the inline text of column B. */
    static final class SheetCounter extends DefaultHandler {
        long rows;
        long numericIds;
        long neutralisedTitles;
        long formulaTitles;
        long draftTitles;
        private String column;
        private final StringBuilder text = new StringBuilder();

        @Override
        public void startElement(String uri, String local, String name, Attributes attributes) {
            switch (name) {
                case "row" -> rows++;
                case "c" -> {
                    column = attributes.getValue("r").replaceAll("[0-9]", "");
                    String type = attributes.getValue("t");
                    if (column.equals("A") && (type == null || type.equals("n"))) {
                        numericIds++;
                    }
                    text.setLength(0);
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ("B".equals(column)) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String name) {
            if (name.equals("c") && "B".equals(column)) {
                String title = text.toString();
                neutralisedTitles += title.startsWith("'=") ? 1 : 0;
                formulaTitles += title.startsWith("=") ? 1 : 0;
                draftTitles += title.startsWith("Draft") ? 1 : 0;
            }
        }
    }

    /** The SAX parser closes what it reads; the zip must stay open for its next entries. */
    static final class NotClosing extends java.io.FilterInputStream {
        NotClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
