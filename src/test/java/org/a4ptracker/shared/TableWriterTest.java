package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    static final List<String> HEADER = List.of("id", "title", "amount", "when", "commitments", "sample");

    private static byte[] write(TableWriter.Format format, boolean rows) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var table = TableWriter.open(format, out, "things", HEADER)) {
            if (rows) {
                table.row(7L, "=HYPERLINK(\"http://evil.example\")", new BigDecimal("-5.25"), Instant.parse("2026-03-01T10:15:30.123Z"),
                        List.of(12, 13), true);
                table.row(8, "- a bullet, not a formula", null, null, List.of(), false);
                assertThat(table.rows()).isEqualTo(2);
            }
            table.finish();
        }
        return out.toByteArray();
    }

    @Test
    void csvHasTheHeaderThenTypedCellsWithTextNeutralised() throws IOException {
        assertThat(new String(write(TableWriter.Format.CSV, true), StandardCharsets.UTF_8)).isEqualTo("""
                id,title,amount,when,commitments,sample\r
                7,"'=HYPERLINK(""http://evil.example"")",-5.25,2026-03-01T10:15:30Z,12;13,true\r
                8,"- a bullet, not a formula",,,,false\r
                """);
    }

    @Test
    void xlsxHasNumbersAsNumbersAndTextNeutralised() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(TableWriter.Format.XLSX, true)))) {
            var sheet = workbook.getSheet("things");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("title");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(7.0);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-5.25);
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("2026-03-01T10:15:30Z");
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("12;13");
            assertThat(first.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(2)).isNull(); // null is an empty cell, not 0
        }
    }

    @Test
    void anEmptyTableIsJustTheHeader() throws IOException {
        assertThat(new String(write(TableWriter.Format.CSV, false), StandardCharsets.UTF_8))
                .isEqualTo("id,title,amount,when,commitments,sample\r\n");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(write(TableWriter.Format.XLSX, false)))) {
            assertThat(workbook.getSheet("things").getLastRowNum()).isZero();
            assertThat(workbook.getSheet("things").getRow(0).getCell(5).getStringCellValue()).isEqualTo("sample");
        }
    }

    /** A reader's XLSX: headings from column.<name>, labels rendered; the CSV of the same rows keeps names and codes. */
    @Test
    void anXlsxForAReaderIsHeadedAndLabelledWhileTheCsvKeepsNamesAndCodes() throws IOException {
        var messages = new Messages(new IcuMessageSource());
        java.util.function.Function<Object, String> french = m -> messages.text(m, java.util.Locale.FRENCH);
        var header = List.of("stakeholder", "name", "status", "published_actions");
        var rows = List.<List<?>>of(
                List.of("EGY", TableWriter.Label.name("Egypt", "Égypte"), TableWriter.Label.of("status.", "REPORTED"), 3),
                java.util.Arrays.asList("GHA", TableWriter.Label.name("Ghana", "Ghana"), TableWriter.Label.of("status.", null), 0));
        var csv = new ByteArrayOutputStream();
        var xlsx = new ByteArrayOutputStream();
        for (var format : TableWriter.Format.values()) {
            try (var table = TableWriter.open(format, format == TableWriter.Format.CSV ? csv : xlsx, "status", header, french)) {
                rows.forEach(table::row);
                table.finish();
            }
        }
        assertThat(csv.toString(StandardCharsets.UTF_8)).isEqualTo("""
                stakeholder,name,status,published_actions\r
                EGY,Egypt,REPORTED,3\r
                GHA,Ghana,,0\r
                """);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheet("status");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Partie prenante");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Actions publiées");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Égypte");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Rapport fait");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(sheet.getRow(2).getCell(2)).isNull(); // no code, no label: an empty cell
        }
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(TableWriter.Format.of("xlsx")).isEqualTo(TableWriter.Format.XLSX);
        assertThat(TableWriter.Format.CSV.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThatThrownBy(() -> TableWriter.Format.of("pdf")).isInstanceOf(BadRequestException.class);
    }
}
