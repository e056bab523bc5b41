package org.a4ptracker.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
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
 * Loads the official translations under data/translations/ at every start (see its README):
 * merged on their key, so a corrected file updates in place and a restart duplicates nothing.
 */
@Component
@Order(5)
class DataTranslationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DataTranslationSeeder.class);
    private static final Set<String> ENTITIES = Set.of("area", "commitment", "indicator");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final JdbcClient jdbc;

    DataTranslationSeeder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        int rows = 0;
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:data/translations/*.csv")) {
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                for (CSVRecord row : FORMAT.parse(reader)) {
                    merge(file.getFilename(), row);
                    rows++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read translations " + file.getFilename(), e);
            }
        }
        log.info("Official translations of reference texts loaded: {} rows", rows);
    }

    /** A row that is not an official text with its source is a mistake in the file: refusing it stops the start. */
    void merge(String file, CSVRecord row) {
        String entity = row.get("entity");
        String source = row.get("source");
        if (!ENTITIES.contains(entity) || source == null || source.isBlank() || row.get("text").isBlank()) {
            throw new IllegalStateException(file + " line " + row.getRecordNumber() + ": needs an entity of " + ENTITIES
                    + ", a text and its source");
        }
        jdbc.sql("""
                        merge into data_translation t
                        using (select cast(:entity as varchar(30)) as entity, cast(:code as varchar(60)) as code,
                                      cast(:field as varchar(30)) as field, cast(:lang as varchar(5)) as lang,
                                      cast(:text as varchar(4000)) as text, cast(:source as varchar(500)) as source) s
                        on t.entity = s.entity and t.code = s.code and t.field = s.field and t.lang = s.lang
                        when matched then update set text = s.text, source = s.source
                        when not matched then insert (entity, code, field, lang, text, source)
                                              values (s.entity, s.code, s.field, s.lang, s.text, s.source)""")
                .param("entity", entity).param("code", row.get("code")).param("field", row.get("field"))
                .param("lang", row.get("lang")).param("text", row.get("text")).param("source", source).update();
    }
}
