package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.a4ptracker.support.AppNode;
import org.a4ptracker.support.Nginx;
import org.a4ptracker.support.PostgresDatabase;
import org.a4ptracker.support.WebClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Production shape: two app nodes (the packaged jar, each in its own JVM) on one real PostgreSQL, behind Debian's
 * nginx. A publication on one node shows on the other at once; a node killed with SIGKILL under load loses no
 * acknowledged write and doubles none, and its people's sessions go on on the other node; a node killed in the
 * middle of an import leaves nothing of it, and starts again without help.
 */
@Tag("postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesBehindNginxIT {

    static final String PASSWORD = "sample-password-2026";
    static String jdbcUrl;
    static PostgresDatabase.Connection db;
    static AppNode one;
    static AppNode two;
    static Nginx nginx;

    @BeforeAll
    static void startTwoNodesAndNginx() throws Exception {
        db = PostgresDatabase.get();
        String database = "a4p_cluster_" + System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
            c.createStatement().execute("create database " + database);
        }
        jdbcUrl = db.url().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        one = new AppNode("node-one", jdbcUrl, db.user(), db.password()).start(); // migrates and seeds first
        two = new AppNode("node-two", jdbcUrl, db.user(), db.password()).start();
        nginx = new Nginx(List.of(one.port(), two.port()));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        if (one != null) {
            one.close();
        }
        if (two != null) {
            two.close();
        }
    }

    static Connection sql() throws Exception {
        return DriverManager.getConnection(jdbcUrl, db.user(), db.password());
    }

    static long count(String query) throws Exception {
        try (Connection c = sql(); var rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String actionJson(String title, int commitment) {
        return """
                {"title": "%s", "description": "Written by the two-node test", "status": "ONGOING", "reportingCycle": 2026,
                 "commitments": [%d], "missions": [], "evidenceLinks": []}""".formatted(title, commitment);
    }

    static long idOf(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    static int intAt(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(field + " in " + json).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** Creates, submits (focal point) and publishes (reviewer) an action through the given node; returns its id. */
    static long publish(WebClient focal, WebClient reviewer, String title) throws Exception {
        var created = focal.postJson("/api/v1/workspace/GHA/actions", actionJson(title, 13));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = idOf(created.body());
        assertThat(focal.postJson("/api/v1/actions/" + id + "/submit", "{\"lockVersion\": 0}").statusCode()).isEqualTo(200);
        var published = reviewer.postJson("/api/v1/actions/" + id + "/publish", "{\"lockVersion\": 1}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    @Test
    @Order(1)
    void aPublicationOnOneNodeShowsOnTheOtherStraightAfterItsCommit() throws Exception {
        var focal = new WebClient(one.url());
        var reviewer = new WebClient(one.url());
        assertThat(focal.signIn("focal.point@example.org", PASSWORD)).isTrue();
        assertThat(reviewer.signIn("reviewer@example.org", PASSWORD)).isTrue();
        var reader = new WebClient(two.url());
        String list = "/api/v1/actions?commitment=13&cycle=2026&size=1";
        for (int round = 0; round < 3; round++) {
            // node two reads (and keeps) the figures, node one publishes, node two must show the new ones at once
            int before = intAt(reader.get(list).body(), "totalItems");
            String page = reader.get("/commitments/13").body();
            // asked again: node two sends the page it keeps rendered (web.KeptPages), the same bytes
            assertThat(reader.get("/commitments/13").body()).isEqualTo(page);
            long id = publish(focal, reviewer, "Cross-node publication " + round);
            assertThat(intAt(reader.get(list).body(), "totalItems")).isEqualTo(before + 1);
            assertThat(reader.get("/commitments/13").body()).isNotEqualTo(page).contains("Cross-node publication " + round);
            // and back: withdrawn through node two, gone from node one's figures at once
            focal.pointAt(two.url());
            int onOne = intAt(new WebClient(one.url()).get(list).body(), "totalItems");
            var withdrawn = focal.postJson("/api/v1/actions/" + id + "/withdraw", "{\"lockVersion\": 2, \"reason\": \"test\"}");
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
            assertThat(intAt(new WebClient(one.url()).get(list).body(), "totalItems")).isEqualTo(onOne - 1);
            focal.pointAt(one.url());
        }
    }

    @Test
    @Order(2)
    void anIndicatorPeriodApprovedOnOneNodeShowsInTheOthersYearlyFiguresStraightAfterItsCommit() throws Exception {
        var mission = new WebClient(one.url());
        var reviewer = new WebClient(one.url());
        var admin = new WebClient(two.url());
        assertThat(mission.signIn("mission.focal.point@example.org", PASSWORD)).isTrue();
        assertThat(reviewer.signIn("reviewer@example.org", PASSWORD)).isTrue();
        assertThat(admin.signIn("admin@example.org", PASSWORD)).isTrue();
        var onTwo = new WebClient(two.url());
        var onOne = new WebClient(one.url());
        String series = "/api/v1/indicators/ELECTRICITY_KWH/series";
        String entry = "/api/v1/indicator-entry/MINUSCA/2019-05";
        // node two reads (and keeps) the public figures: 2019 has none yet, "not reported", not zero
        assertThat(year(onTwo.get(series).body(), 2019)).isNull();
        String page = onTwo.get("/indicators/ELECTRICITY_KWH").body();

        var saved = mission.putJson(entry, "[{\"indicator\": \"ELECTRICITY_KWH\", \"disaggregation\": \"_T\", \"amount\": 12345}]");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        move(mission, entry, "submit", null);
        assertThat(year(onTwo.get(series).body(), 2019)).as("submitted is not public").isNull();
        move(reviewer, entry, "approve", null);
        var approved = year(onTwo.get(series).body(), 2019);
        assertThat(approved).isNotNull();
        assertThat(approved.get("computed").decimalValue()).isEqualByComparingTo("12345");
        assertThat(approved.get("reportersWithData").asInt()).isEqualTo(1);
        assertThat(onTwo.get("/indicators/ELECTRICITY_KWH").body()).isNotEqualTo(page).contains("12,345");

        // and back: unlocked through node two, gone from node one's figures at once
        assertThat(year(onOne.get(series).body(), 2019)).isNotNull();
        move(admin, entry, "unlock", "Counted twice");
        assertThat(year(onOne.get(series).body(), 2019)).isNull();
        assertThat(count("select count(*) from indicator_year_figure f join stakeholder s on s.id = f.reporter_id "
                + "where s.code = 'MINUSCA' and f.figure_year = 2019")).as("the kept rows of the year").isZero();
    }

    /** Moves a period through its approval with the lock version just read from the grid. */
    private static void move(WebClient person, String entry, String transition, String reason) throws Exception {
        int lockVersion = intAt(person.get(entry).body(), "lockVersion");
        var moved = person.postJson(entry + "/" + transition, "{\"lockVersion\": " + lockVersion
                + (reason == null ? "" : ", \"reason\": \"" + reason + "\"") + "}");
        assertThat(moved.statusCode()).as(transition + ": " + moved.body()).isEqualTo(200);
    }

    /** The year of a series' JSON with a computed figure, or null when the year is absent or not reported. */
    private static tools.jackson.databind.JsonNode year(String seriesJson, int year) {
        for (var y : tools.jackson.databind.json.JsonMapper.builder().build().readTree(seriesJson).get("years")) {
            if (y.get("year").asInt() == year && !y.get("computed").isNull()) {
                return y;
            }
        }
        return null;
    }

    /** A write the server acknowledged: what the database must hold afterwards. */
    record Ack(String title, boolean submitted) {
    }

    @Test
    @Order(3)
    void killingANodeUnderLoadLosesNoAcknowledgedWriteAndKeepsSessions() throws Exception {
        String round = prepareOpenRound(6);
        var acks = new ConcurrentLinkedQueue<Ack>();
        var answers = new ConcurrentLinkedQueue<long[]>(); // {invitation index, question id}
        var afterKill = new java.util.concurrent.atomic.AtomicInteger();
        var stop = new AtomicBoolean();
        var killed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Future<?>> tasks = new ArrayList<>();
        for (String email : List.of("focal.point@example.org", "mission.focal.point@example.org")) {
            var person = new WebClient(nginx.url());
            assertThat(person.signIn(email, PASSWORD)).isTrue();
            String code = email.startsWith("mission") ? "MINUSCA" : "GHA";
            for (int t = 0; t < 2; t++) {
                String prefix = "Load " + code + " " + t + " ";
                tasks.add(pool.submit(() -> focalPointWrites(person, code, prefix, acks, stop, killed, afterKill)));
            }
        }
        List<String> tokens = tokens(round);
        for (int r = 0; r < 4; r++) {
            int respondent = r;
            tasks.add(pool.submit(() -> respondentSaves(tokens.get(respondent), respondent, round, answers, stop)));
        }
        tasks.add(pool.submit(() -> publicReads(stop)));
        Thread.sleep(6_000);
        one.kill();
        killed.set(true);
        try {
            Thread.sleep(8_000);
            stop.set(true);
            for (Future<?> task : tasks) {
                task.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
        } finally {
            stop.set(true);
            one.start(); // restarts on the same database without any manual step
        }

        assertThat(acks).hasSizeGreaterThan(20);
        assertThat(afterKill.get()).as("writes acknowledged after the kill, in sessions signed in before it").isPositive();
        try (Connection c = sql()) {
            for (Ack ack : acks) {
                var ps = c.prepareStatement("""
                        select count(*), max(a.state) from action a join action_version v on v.action_id = a.id and v.version_no = 1
                        where v.title = ?""");
                ps.setString(1, ack.title());
                var rs = ps.executeQuery();
                rs.next();
                assertThat(rs.getInt(1)).as("actions titled %s", ack.title()).isEqualTo(1);
                if (ack.submitted()) {
                    assertThat(rs.getString(2)).isEqualTo("SUBMITTED");
                }
            }
            var dup = c.createStatement().executeQuery("""
                    select count(*) from (select v.title from action_version v where v.version_no = 1 and v.title like 'Load %'
                    group by v.title having count(*) > 1) d""");
            dup.next();
            assertThat(dup.getInt(1)).as("titles written twice").isZero();
        }
        assertThat(answers).hasSizeGreaterThan(10);
        for (long[] a : answers) {
            assertThat(count("select count(*) from survey_answer sa join survey_response r on r.id = sa.response_id "
                    + "join survey_invitation i on i.id = r.invitation_id where sa.question_id = " + a[1]
                    + " and i.token_hash = '" + hash(tokens.get((int) a[0])) + "' and sa.choice = 'SIGNIFICANT'"))
                    .as("acknowledged answer %s", java.util.Arrays.toString(a)).isEqualTo(1);
        }
    }

    private static void focalPointWrites(WebClient person, String code, String prefix, ConcurrentLinkedQueue<Ack> acks,
                                         AtomicBoolean stop, AtomicBoolean killed, java.util.concurrent.atomic.AtomicInteger afterKill) {
        int i = 0;
        while (!stop.get()) {
            String title = prefix + i++;
            try {
                var created = person.postJson("/api/v1/workspace/" + code + "/actions", actionJson(title, 1));
                if (created.statusCode() != 201) {
                    assertThat(created.statusCode()).as(created.body()).isIn(502, 504);
                    continue;
                }
                acks.add(new Ack(title, false));
                if (killed.get()) {
                    afterKill.incrementAndGet();
                }
                var submitted = person.postJson("/api/v1/actions/" + idOf(created.body()) + "/submit", "{\"lockVersion\": 0}");
                if (submitted.statusCode() == 200) {
                    acks.add(new Ack(title, true));
                } else {
                    assertThat(submitted.statusCode()).as(submitted.body()).isIn(502, 504);
                }
            } catch (java.io.IOException e) {
                // connection cut while the node died: not acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void respondentSaves(String token, int respondent, String round, ConcurrentLinkedQueue<long[]> answers,
                                        AtomicBoolean stop) {
        var person = new WebClient(nginx.url());
        try {
            List<Long> questions = questions(round);
            // the form holds every answer given so far, as a browser sends it (a question left out is an answer taken back)
            var form = new java.util.LinkedHashMap<String, String>();
            form.put("go", "save");
            for (int q = 0; q < questions.size() && !stop.get(); q++) {
                // one step per area (the round asks every commitment, so step n is area n); a good save goes on to the page
                // of the step with "saved" in its address
                String step = "?step=" + areaOf(questions.get(q));
                person.get("/respond/" + token + step);
                form.put("q" + questions.get(q), "SIGNIFICANT");
                var saved = person.postForm("/respond/" + token + step, form);
                if (saved.statusCode() == 302 && saved.headers().firstValue("Location").orElse("").contains("saved")) {
                    answers.add(new long[] {respondent, questions.get(q)});
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            if (!(e instanceof java.io.IOException)) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void publicReads(AtomicBoolean stop) {
        var reader = new WebClient(nginx.url());
        while (!stop.get()) {
            try {
                int status = reader.get("/overview").statusCode();
                assertThat(status).isIn(200, 502, 504);
            } catch (java.io.IOException e) {
                // cut by the kill
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Test
    @Order(4)
    void aNodeKilledInTheMiddleOfAnImportLeavesNothingOfItAndStartsAgainAlone() throws Exception {
        // actions, indicator values and survey responses: each import writes its rows, then its audit event, then commits
        var focal = new WebClient(one.url());
        assertThat(focal.signIn("focal.point@example.org", PASSWORD)).isTrue();
        var actions = new StringBuilder("title,description,commitments,status,reporting_cycle\n");
        for (int i = 0; i < 300; i++) {
            actions.append("Killed import ").append(i).append(",What was done,13,ongoing,2026\n");
        }
        killDuringImport(focal, "/api/v1/workspace/GHA/import", actions.toString(), "action_version",
                "select count(*) from action_version where title like 'Killed import %'");

        var mission = new WebClient(one.url());
        assertThat(mission.signIn("mission.focal.point@example.org", PASSWORD)).isTrue();
        var values = new StringBuilder("indicator,period,disaggregation,value,not_applicable,note\n");
        for (int year = 2010; year <= 2014; year++) {
            for (int month = 1; month <= 12; month++) {
                String period = year + "-" + (month < 10 ? "0" : "") + month;
                values.append("ELECTRICITY_KWH,").append(period).append(",_T,1000,,two-node test\n");
                values.append("RENEWABLE_KWH,").append(period).append(",_T,100,,two-node test\n");
            }
        }
        String valueCount = "select count(*) from indicator_value where note = 'two-node test'";
        var dryRun = mission.upload("/api/v1/indicator-entry/MINUSCA/import?dryRun=true", "values.csv",
                values.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(dryRun.body()).as("the file is valid").contains("\"errors\":[]");
        killDuringImport(mission, "/api/v1/indicator-entry/MINUSCA/import", values.toString(), "indicator_value", valueCount);

        // survey responses collected elsewhere: the file is uploaded and its columns matched first (the upload waits in the
        // session, in the database), then the import writes every response or none
        String round = prepareOpenRound(0);
        List<Long> questions = questions(round);
        var file = new StringBuilder("group");
        questions.forEach(q -> file.append(",q").append(q));
        for (int r = 0; r < 200; r++) {
            file.append("\nMEMBER_STATES");
            for (int q = 0; q < questions.size(); q++) {
                file.append(',').append((r + q) % 5);
            }
        }
        var reviewer = new WebClient(one.url());
        assertThat(reviewer.signIn("reviewer@example.org", PASSWORD)).isTrue();
        reviewer.get("/review/surveys/" + round + "/import");
        var preview = reviewer.upload("/review/surveys/" + round + "/import", "tool.csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body()).as("the columns are matched").contains("id=\"mapping-table\"");
        var mapping = new java.util.LinkedHashMap<String, String>();
        mapping.put("col0", "group");
        for (int q = 0; q < questions.size(); q++) {
            mapping.put("col" + (q + 1), "q" + questions.get(q));
        }
        killDuringImport(reviewer, () -> {
            var answer = reviewer.postForm("/review/surveys/" + round + "/import/mapping", mapping);
            if (answer.statusCode() == 200) {
                assertThat(answer.body()).contains("200 responses imported as submitted");
            }
            return answer;
        }, "survey_answer", "select count(*) from survey_response where source = 'IMPORT' and round_id = " + round, 200);
        assertThat(count("select count(*) from survey_answer a join survey_response r on r.id = a.response_id where r.round_id = "
                + round)).isEqualTo(200L * questions.size());
    }

    /**
     * Starts an import on node one and kills the node once the import has written rows of {@code table} but not
     * committed: the import writes its audit event last, and a lock held here on the audit table stops it there.
     * Then checks that nothing of it is in the database, restarts the node and imports the same file for real.
     */
    private static void killDuringImport(WebClient person, String path, String csv, String table, String imported) throws Exception {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        killDuringImport(person, () -> person.upload(path, "import.csv", bytes), table, imported, csv.lines().count() - 1);
    }

    /** The request that imports, sent again after the restart: its answer must be a page or JSON that says so. */
    interface ImportRequest {
        java.net.http.HttpResponse<String> send() throws Exception;
    }

    private static void killDuringImport(WebClient person, ImportRequest request, String table, String imported, long rows)
            throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection lock = sql()) {
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table audit_event in share row exclusive mode");
            Future<?> upload = pool.submit(request::send);
            long deadline = System.currentTimeMillis() + 60_000;
            while (count("select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = '" + table
                    + "' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()") == 0
                    || count("select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'audit_event'"
                    + " and not l.granted") == 0) {
                assertThat(System.currentTimeMillis()).as("the import reached its audit event").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(count(imported)).as("uncommitted rows are invisible").isZero();
            one.kill();
            lock.rollback();
            try {
                upload.get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException cut) {
                assertThat(cut.getCause()).isInstanceOf(java.io.IOException.class);
            }
        } finally {
            pool.shutdownNow();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (count("select count(*) from pg_locks l join pg_class c on c.oid = l.relation where c.relname = '" + table + "'"
                + " and l.pid <> pg_backend_pid()") > 0) {
            assertThat(System.currentTimeMillis()).as("the dead node's transaction ended").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(count(imported)).as("rows of the killed import").isZero();
        one.start();
        person.pointAt(one.url());
        person.get("/account/tokens");
        var again = request.send();
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(count(imported)).isEqualTo(rows);
    }

    @Test
    @Order(5)
    void aBackupRestoredIntoAnEmptyDatabaseServesTheSameOpenDataAndAuditLog() throws Exception {
        var admin = new WebClient(two.url());
        assertThat(admin.signIn("admin@example.org", PASSWORD)).isTrue();
        byte[] zipBefore = admin.getBytes("/api/v1/open-data.zip").body();
        String auditBefore = admin.get("/api/v1/admin/audit?size=200").body();
        String database = jdbcUrl.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        String restored = database + "_restored";
        java.nio.file.Path dump = java.nio.file.Path.of("target", "cluster", "backup.dump").toAbsolutePath();
        run("tools/ops/backup.sh", database, dump.toString());
        run("tools/ops/restore.sh", dump.toString(), restored);
        try (var node = new AppNode("node-restored", jdbcUrl.replace("/" + database, "/" + restored), db.user(), db.password()).start()) {
            admin.pointAt(node.url()); // the session is in the restored database too
            assertThat(admin.get("/api/v1/admin/audit?size=200").body()).isEqualTo(auditBefore);
            byte[] zipAfter = admin.getBytes("/api/v1/open-data.zip").body();
            assertThat(entries(zipAfter)).isEqualTo(entries(zipBefore)); // names the table that differs, if one does
            assertThat(zipAfter).isEqualTo(zipBefore);
        }
    }

    /** The zip's entries, name → time and content. */
    static Map<String, String> entries(byte[] zip) throws Exception {
        var map = new java.util.TreeMap<String, String>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                map.put(e.getName(), e.getTimeLocal() + "\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(map).containsKey("datapackage.json").hasSizeGreaterThan(5);
        return map;
    }

    static void run(String... command) throws Exception {
        var uri = java.net.URI.create(db.url().substring("jdbc:".length()));
        var pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("PGHOST", uri.getHost(), "PGPORT", String.valueOf(uri.getPort()), "PGUSER", db.user(),
                "PGPASSWORD", db.password()));
        var process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }

    // --- an open survey round with known invitation links, written by SQL as the round's page would ---

    static String prepareOpenRound(int invitations) throws Exception {
        try (Connection c = sql()) {
            var st = c.createStatement();
            st.executeUpdate("""
                    insert into survey_round (title, intro, opens_on, closes_on, state, groups_text, created_at)
                    values ('Two-node test round', null, current_date - 1, current_date + 30, 'OPEN', 'MEMBER_STATES', current_timestamp)""");
            long round = count("select max(id) from survey_round");
            st.executeUpdate("insert into survey_question (round_id, sort_order, kind, commitment_number, question_text, options) "
                    + "select " + round + ", sort_order, kind, commitment_number, question_text, options from survey_question "
                    + "where round_id = (select min(id) from survey_round) and kind = 'PERCEPTION'");
            var states = c.createStatement().executeQuery("select id from stakeholder where type = 'MEMBER_STATE' order by id limit " + invitations);
            int i = 0;
            while (states.next()) {
                var ps = c.prepareStatement("insert into survey_invitation (round_id, stakeholder_id, respondent_group, token_hash, created_at) "
                        + "values (?, ?, 'MEMBER_STATES', ?, current_timestamp)");
                ps.setLong(1, round);
                ps.setLong(2, states.getLong(1));
                ps.setString(3, hash(token(round, i++)));
                ps.executeUpdate();
            }
            return String.valueOf(round);
        }
    }

    static String token(long round, int i) {
        return "two-node-test-link-" + round + "-" + i + "-abcdefghijklmnopqrstuvwxyz";
    }

    static List<String> tokens(String round) {
        var list = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            list.add(token(Long.parseLong(round), i));
        }
        return list;
    }

    static List<Long> questions(String round) throws Exception {
        var ids = new ArrayList<Long>();
        try (Connection c = sql(); var rs = c.createStatement().executeQuery(
                "select id from survey_question where round_id = " + round + " order by sort_order")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static int areaOf(long question) throws Exception {
        return (int) count("select a.number from survey_question q join commitment c on c.number = q.commitment_number "
                + "join area a on a.id = c.area_id where q.id = " + question);
    }

    static String hash(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
