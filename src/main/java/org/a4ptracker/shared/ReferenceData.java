package org.a4ptracker.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the reference-data CSV files shipped under {@code src/main/resources/data}. */
public final class ReferenceData {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private ReferenceData() {
    }

    public static List<CSVRecord> read(String path) {
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + path, e);
        }
    }

    public static Integer optionalInt(CSVRecord row, String column) {
        String raw = row.get(column);
        return raw == null || raw.isBlank() ? null : Integer.valueOf(raw);
    }

    public static String optional(CSVRecord row, String column) {
        String raw = row.get(column);
        return raw == null || raw.isBlank() ? null : raw;
    }
}
