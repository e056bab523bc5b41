package org.a4ptracker.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads an RFC 4180 CSV file, which must be UTF-8 so that names like "Côte d'Ivoire" survive. */
final class CsvSheet {

    /** Empty lines are kept as records so that row numbers match what a spreadsheet shows. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final Pattern LINE = Pattern.compile("line:? ([0-9][0-9,.\u00a0\u202f]*)");

    private CsvSheet() {
    }

    static Sheet read(byte[] bytes, SheetReader limits) {
        String text = decode(bytes);
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            return read(parser, limits);
        } catch (UncheckedIOException e) {
            throw malformed(e.getCause());
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    private static Sheet read(CSVParser parser, SheetReader limits) {
        List<SheetCell> header = null;
        var rows = new ArrayList<Sheet.Row>();
        int number = 0;
        for (CSVRecord record : parser) {
            number++;
            var row = new Sheet.Row(number, record.stream().map(SheetCell::of).toList());
            if (header == null) {
                header = row.cells();
            } else if (!row.blank()) {
                rows.add(row);
                limits.requireWithin(rows.size());
            }
        }
        if (header == null || header.stream().allMatch(SheetCell::blank)) {
            throw SheetReader.empty();
        }
        requireCommas(header);
        return new Sheet(header, rows);
    }

    /** Excel in many European locales saves "CSV" with semicolons; say so instead of listing odd columns. */
    private static void requireCommas(List<SheetCell> header) {
        if (header.size() == 1 && header.get(0).text().contains(";")) {
            throw new SheetProblem("problem.sheet.semicolons");
        }
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new SheetProblem("problem.sheet.not-utf8");
        }
    }

    private static SheetProblem malformed(Throwable e) {
        String detail = e == null || e.getMessage() == null ? "" : e.getMessage();
        Matcher line = LINE.matcher(detail);
        Long number = line.find() ? Long.valueOf(line.group(1).replaceAll("[^0-9]", "")) : null;
        String kind = detail.contains("EOF reached before encapsulated token finished") ? "unclosed-quote"
                : detail.contains("Invalid character between encapsulated token and delimiter") ? "bad-quote" : "malformed";
        return number == null ? new SheetProblem("problem.sheet." + kind)
                : new SheetProblem("problem.sheet." + kind + ".line", number);
    }
}
