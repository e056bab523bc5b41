package org.a4ptracker.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the official translations under data/translations/ at every start (see its README): merged on their key,
 * so a corrected file updates in place, a row taken out of the files is removed, and a restart duplicates nothing. Every row of every file is checked before
 * any is written; a row that is not an official text of something that exists, with its source, refuses the load
 * (and so the start), naming each wrong row and column, and nothing is written.
 */
@Component
@Order(35) // after the Declaration (10) and the indicators (25): a row must name one of their texts
class DataTranslationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataTranslationSeeder.class);
    static final List<String> COLUMNS = List.of("entity", "code", "field", "lang", "text", "source");
    static final List<String> LANGUAGES = List.of("fr", "es", "ru", "zh", "ar");
    private static final int TEXT_LENGTH = 4000;
    private static final int SOURCE_LENGTH = 500;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    /** One checked row of a file. */
    record Row(String entity, String code, String field, String lang, String text, String source) {

        String key() {
            return entity + '|' + code + '|' + field + '|' + lang;
        }
    }

    /** The files named refused rows: one line per wrong cell, "file row 3, column lang: ...". */
    static final class Refused extends IllegalStateException {

        private final List<String> problems;

        Refused(List<String> problems) {
            super("Official translations not loaded, nothing was written:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }

    private final JdbcClient jdbc;
    private final List<TranslatableTexts> texts;

    DataTranslationSeeder(JdbcClient jdbc, List<TranslatableTexts> texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        var files = new LinkedHashMap<String, String>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:data/translations/*.csv")) {
            try (InputStream in = file.getInputStream()) {
                files.put(file.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read translations " + file.getFilename(), e);
            }
        }
        log.info("Official translations of reference texts loaded: {} rows", load(files));
    }

    /**
     * Checks every row of the files (name to CSV content), then merges them all, or refuses them all.
     *
     * @return the rows merged
     * @throws Refused naming each wrong row and column; nothing is written then
     */
    @Transactional
    public int load(Map<String, String> files) {
        Map<String, TranslatableTexts.Kind> kinds = texts.stream().flatMap(t -> t.kinds().stream())
                .collect(Collectors.toMap(TranslatableTexts.Kind::entity, Function.identity()));
        var rows = new ArrayList<Row>();
        var problems = new ArrayList<String>();
        var seen = new HashMap<String, String>();
        files.forEach((file, csv) -> read(file, csv, kinds, seen, rows, problems));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        removeRowsNoLongerInTheFiles(rows);
        rows.forEach(this::merge);
        return rows.size();
    }

    /** Adds the file's good rows to {@code rows} and a line per wrong cell to {@code problems}; {@code seen}: key to where it was first. */
    private static void read(String file, String csv, Map<String, TranslatableTexts.Kind> kinds, Map<String, String> seen,
                             List<Row> rows, List<String> problems) {
        try (CSVParser parser = FORMAT.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            var missing = COLUMNS.stream().filter(c -> !parser.getHeaderNames().contains(c)).toList();
            if (!missing.isEmpty()) {
                problems.add(file + ": the header lacks the column(s) " + String.join(", ", missing) + " (needs " + COLUMNS + ")");
                return;
            }
            for (CSVRecord record : parser) {
                String at = file + " row " + (record.getRecordNumber() + 1);
                if (!record.isConsistent()) {
                    problems.add(at + ": has " + record.size() + " cells, the header " + parser.getHeaderNames().size());
                    continue;
                }
                var row = new Row(record.get("entity"), record.get("code"), record.get("field"), record.get("lang"),
                        record.get("text"), record.get("source"));
                int before = problems.size();
                check(row, kinds, at, problems);
                String earlier = seen.putIfAbsent(row.key(), at);
                if (earlier != null) {
                    problems.add(at + ", column code: the same text as " + earlier + " (one row per entity, code, field and lang)");
                }
                if (problems.size() == before) {
                    rows.add(row);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(file + ": not a CSV file (" + e.getMessage() + ")");
        }
    }

    /** The files are the whole truth: a row taken out of them (a text found not to be official) is no longer shown. */
    private void removeRowsNoLongerInTheFiles(List<Row> rows) {
        var kept = rows.stream().map(Row::key).collect(Collectors.toSet());
        jdbc.sql("select entity, code, field, lang from data_translation")
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null, null)).list()
                .stream().filter(r -> !kept.contains(r.key()))
                .forEach(r -> jdbc.sql("delete from data_translation where entity = :entity and code = :code and field = :field and lang = :lang")
                        .param("entity", r.entity()).param("code", r.code()).param("field", r.field()).param("lang", r.lang()).update());
    }

    private static void check(Row row, Map<String, TranslatableTexts.Kind> kinds, String at, List<String> problems) {
        var kind = kinds.get(row.entity());
        if (kind == null) {
            problems.add(at + ", column entity: \"" + row.entity() + "\" is not one of " + kinds.keySet().stream().sorted().toList());
        } else {
            if (!kind.codes().contains(row.code())) {
                problems.add(at + ", column code: there is no " + row.entity() + " \"" + row.code() + "\"");
            }
            if (!kind.fields().contains(row.field())) {
                problems.add(at + ", column field: \"" + row.field() + "\" is not a text of " + row.entity() + " "
                        + kind.fields().stream().sorted().toList());
            }
        }
        if (!LANGUAGES.contains(row.lang())) {
            problems.add(at + ", column lang: \"" + row.lang() + "\" is not one of " + LANGUAGES + " (English is the original)");
        }
        text(row.text(), "text", TEXT_LENGTH, PlainText.Lines.MANY, at, problems);
        text(row.source(), "source", SOURCE_LENGTH, PlainText.Lines.ONE, at, problems);
    }

    private static void text(String value, String column, int max, PlainText.Lines lines, String at, List<String> problems) {
        if (value.isBlank()) {
            problems.add(at + ", column " + column + ": empty" + (column.equals("source") ? " (where the official text is published)" : ""));
        } else if (value.length() > max) {
            problems.add(at + ", column " + column + ": " + value.length() + " characters, at most " + max);
        } else {
            PlainText.refusal(value, lines).ifPresent(p -> problems.add(at + ", column " + column + ": " + Messages.english(p)));
        }
    }

    private void merge(Row row) {
        jdbc.sql("""
                        merge into data_translation t
                        using (select cast(:entity as varchar(30)) as entity, cast(:code as varchar(60)) as code,
                                      cast(:field as varchar(30)) as field, cast(:lang as varchar(5)) as lang,
                                      cast(:text as varchar(4000)) as text, cast(:source as varchar(500)) as source) s
                        on t.entity = s.entity and t.code = s.code and t.field = s.field and t.lang = s.lang
                        when matched then update set text = s.text, source = s.source
                        when not matched then insert (entity, code, field, lang, text, source)
                                              values (s.entity, s.code, s.field, s.lang, s.text, s.source)""")
                .param("entity", row.entity()).param("code", row.code()).param("field", row.field())
                .param("lang", row.lang()).param("text", row.text()).param("source", row.source()).update();
    }
}
