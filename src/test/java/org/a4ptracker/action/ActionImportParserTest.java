package org.a4ptracker.action;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ActionImportParserTest {

    static final long MB = 1024 * 1024;
    static final String HEADER = String.join(",", ActionImportTemplate.COLUMNS);
    static final String FORMULA = "looks like a spreadsheet formula; remove the leading \"=\" (or + - @)";

    final ActionImportParser parser = new ActionImportParser(
            IntStream.rangeClosed(1, 45).boxed().collect(Collectors.toSet()),
            Set.of("MINUSCA", "MONUSCO", "UNMISS"), 5 * MB, 1000);

    ImportParse csv(String... lines) {
        return parser.parse("actions.csv", new ByteArrayInputStream(
                String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    static InEnglish.Row error(int row, String column, String message) {
        return new InEnglish.Row(row, column, message);
    }

    static InEnglish.Row fileError(String message) {
        return new InEnglish.Row(0, "file", message);
    }

    @Nested
    class Csv {

        @Test
        void validRowsParseToExactValues() {
            ImportParse parse = csv(HEADER,
                    "Training,\"Course on POC,\nsecond line\",13;14,Ongoing,2026-01-15,2026-12-15,minusca; Monusco,2026,"
                            + "https://a.org/r1 https://b.org/r2;http://c.org",
                    "Audit,Review of camps,\"7, 8\",planned,,,,2025,",
                    " Closed ,- bullet point,45,COMPLETED,2024-02-01,,,2024, https://a.org/x ");

            assertThat(parse.ok()).isTrue();
            assertThat(parse.rows()).containsExactly(
                    new ImportRow(2, "Training", "Course on POC,\nsecond line", ActionStatus.ONGOING, List.of(13, 14),
                            List.of("MINUSCA", "MONUSCO"), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 15), 2026,
                            List.of("https://a.org/r1", "https://b.org/r2", "http://c.org")),
                    new ImportRow(3, "Audit", "Review of camps", ActionStatus.PLANNED, List.of(7, 8), List.of(),
                            null, null, 2025, List.of()),
                    new ImportRow(4, "Closed", "- bullet point", ActionStatus.COMPLETED, List.of(45), List.of(),
                            LocalDate.of(2024, 2, 1), null, 2024, List.of("https://a.org/x")));
        }

        @Test
        void headerIsCaseInsensitiveOrderFreeAndOptionalColumnsMayBeLeftOut() {
            ImportParse parse = csv(" Status ,TITLE,reporting_cycle,Commitments,description", "ongoing,T,2026,1,D");

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).containsExactly(new ImportRow(2, "T", "D", ActionStatus.ONGOING, List.of(1),
                    List.of(), null, null, 2026, List.of()));
        }

        @Test
        void byteOrderMarkIsAccepted() {
            byte[] bytes = ("\uFEFF" + HEADER + "\r\nT,D,1,ongoing,,,,2026,\r\n").getBytes(StandardCharsets.UTF_8);

            ImportParse parse = parser.parse("actions.CSV", new ByteArrayInputStream(bytes));

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).extracting(ImportRow::title).containsExactly("T");
        }

        @Test
        void unclosedQuoteIsAFileErrorWithTheLine() {
            ImportParse parse = csv(HEADER, "T,D,1,ongoing,,,,2026,", "T,\"D never closed,1,ongoing,,,,2026,", "x");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    fileError("the CSV file is malformed: a quoted value starting on line 3 is never closed"));
        }

        @Test
        void textAfterAClosingQuoteIsAFileError() {
            ImportParse parse = csv(HEADER, "T,\"D\"x,1,ongoing,,,,2026,");

            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("the CSV file is malformed on line 2: "
                    + "a closing quote must be followed by a comma or the end of the line"));
        }

        @Test
        void latin1IsRefusedAsNotUtf8() {
            byte[] bytes = (HEADER + "\r\nCôte d'Ivoire,D,1,ongoing,,,,2026,\r\n").getBytes(StandardCharsets.ISO_8859_1);

            ImportParse parse = parser.parse("actions.csv", new ByteArrayInputStream(bytes));

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    fileError("the file is not UTF-8 encoded: save it as \"CSV UTF-8\""));
        }

        @Test
        void semicolonSeparatedFileIsExplained() {
            ImportParse parse = csv(HEADER.replace(',', ';'), "T;D;1;ongoing;;;;2026;");

            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError(
                    "the columns are separated by \";\" instead of \",\": save the file as \"CSV UTF-8\""));
        }

        @Test
        void emptyRowsAreSkippedAndRowNumbersStayThoseOfTheSheet() {
            ImportParse parse = csv(HEADER, "A,D,1,ongoing,,,,2026,", ",,,,,,,,", "", " , ,,,,,,,", "B,D,2,ongoing,,,,2026,");

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).extracting(ImportRow::row, ImportRow::title)
                    .containsExactly(tuple(2, "A"), tuple(6, "B"));
        }
    }

    @Nested
    class Rows {

        @Test
        void unknownCommitmentsAreReportedWithRowAndColumn() {
            ImportParse parse = csv(HEADER, "T,D,\"46;0;13;13;x1\",ongoing,,,,2026,");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "commitments", "unknown commitment 46: commitments are numbered 1 to 45"),
                    error(2, "commitments", "unknown commitment 0: commitments are numbered 1 to 45"),
                    error(2, "commitments", "commitment 13 is listed more than once"),
                    error(2, "commitments", "\"x1\" is not a commitment number: write numbers such as 13;14"));
        }

        @Test
        void endDateBeforeStartDateIsReportedOnEndDate() {
            ImportParse parse = csv(HEADER, "T,D,1,ongoing,2026-03-01,2026-01-01,,2026,",
                    "T,D,1,ongoing,31/12/2026,2026-02-30,,2026,");

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "end_date", "the end date 2026-01-01 is before the start date 2026-03-01"),
                    error(3, "start_date", "\"31/12/2026\" is not a date: write it as yyyy-mm-dd, e.g. 2026-03-31"),
                    error(3, "end_date", "\"2026-02-30\" is not a date: write it as yyyy-mm-dd, e.g. 2026-03-31"));
        }

        @Test
        void formulaLikeCellsAreRefusedInEveryColumn() {
            ImportParse parse = csv(HEADER, "=SUM(A1),+1,-2+3,@x,,,@x,2026,=HYPERLINK(\"http://e.org\")",
                    "\" =1\",\"\tD\",1,ongoing,,,,2026,");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "title", FORMULA),
                    error(2, "description", FORMULA),
                    error(2, "commitments", FORMULA),
                    error(2, "status", FORMULA),
                    error(2, "missions", FORMULA),
                    error(2, "evidence_links", FORMULA),
                    error(3, "title", FORMULA),
                    error(3, "description", FORMULA));
        }

        @Test
        void everyErrorOfEveryBadRowIsReportedSorted() {
            ImportParse parse = csv(HEADER,
                    "Good,D,1,ongoing,,,,2026,",
                    ",D,99,done,,,MINUSXX,2017,ftp://x.org",
                    "Good,D,1,ongoing,,,,2026,",
                    "T," + "x".repeat(10_001) + ",,ongoing,2026-05-01,2026-04-01,minusca;MINUSCA,20a6,https:///path",
                    "T" + "x".repeat(200) + ",,1,,,,,,");

            assertThat(parse.rows()).extracting(ImportRow::row).containsExactly(2, 4);
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(3, "title", "title is required"),
                    error(3, "commitments", "unknown commitment 99: commitments are numbered 1 to 45"),
                    error(3, "status", "unknown status \"done\": use one of planned, ongoing, completed, discontinued"),
                    error(3, "missions", "unknown mission \"MINUSXX\": use the mission's short code, e.g. MINUSCA"),
                    error(3, "reporting_cycle", "\"2017\" is not a reporting cycle: write a year from 2018 to 2100"),
                    error(3, "evidence_links", "\"ftp://x.org\" is not a web link: links must start with http:// or https://"),
                    error(5, "description", "description is 10,001 characters long; the limit is 10,000"),
                    error(5, "commitments", "commitments is required"),
                    error(5, "end_date", "the end date 2026-04-01 is before the start date 2026-05-01"),
                    error(5, "missions", "mission MINUSCA is listed more than once"),
                    error(5, "reporting_cycle", "\"20a6\" is not a reporting cycle: write a year from 2018 to 2100"),
                    error(5, "evidence_links", "\"https:///path\" has no host name, e.g. https://example.org/report"),
                    error(6, "title", "title is 201 characters long; the limit is 200"),
                    error(6, "description", "description is required"),
                    error(6, "status", "status is required"),
                    error(6, "reporting_cycle", "reporting_cycle is required"));
        }

        @Test
        void moreThanTwentyLinksAreRefused() {
            String links = IntStream.rangeClosed(1, 21).mapToObj(i -> "https://e.org/" + i).collect(Collectors.joining(" "));

            ImportParse parse = csv(HEADER, "T,D,1,ongoing,,,,2026," + links);

            assertThat(InEnglish.rows(parse.errors())).containsExactly(error(2, "evidence_links", "21 links were given; the limit is 20"));
        }

        @Test
        void aValueWithoutColumnNameIsReported() {
            ImportParse parse = csv(HEADER, "T,D,1,ongoing,,,,2026,,stray");

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "row", "column 10 has a value but no column name; add a name in row 1 or remove the value"));
        }
    }

    @Nested
    class File {

        @Test
        void missingAndUnknownColumnsAreNamedAll() {
            ImportParse parse = csv("Title,description,colour,missions,size", "T,D,red,MINUSCA,XL");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    fileError("missing required columns \"commitments\", \"status\", \"reporting_cycle\""),
                    fileError("unknown columns \"colour\", \"size\": the accepted columns are title, description, "
                            + "commitments, status, start_date, end_date, missions, reporting_cycle, evidence_links"));
        }

        @Test
        void duplicateColumnIsReported() {
            ImportParse parse = csv(HEADER + ",Title", "T,D,1,ongoing,,,,2026,,T");

            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("the column \"title\" appears more than once"));
        }

        @Test
        void fileOverTheSizeLimitIsNotParsed() {
            var in = new ByteArrayInputStream(new byte[(int) (10 * MB)]);

            ImportParse parse = parser.parse("actions.csv", in);

            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("the file is larger than the 5 MB limit"));
            assertThat(in.available()).isEqualTo((int) (5 * MB - 1));
        }

        @Test
        void tooManyRowsAreRefused() {
            var small = new ActionImportParser(Set.of(1), Set.of(), MB, 2);
            String rows = HEADER + "\r\nA,D,1,ongoing,,,,2026,\r\nB,D,1,ongoing,,,,2026,\r\nC,D,1,ongoing,,,,2026,";

            ImportParse parse = small.parse("a.csv", new ByteArrayInputStream(rows.getBytes(StandardCharsets.UTF_8)));

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    fileError("the file has more than 2 rows; split it into files of at most 2 rows"));
        }

        @Test
        void otherFileTypesAreRefused() {
            ImportParse parse = parser.parse("actions.xls", new ByteArrayInputStream(new byte[] {1}));

            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("only .csv and .xlsx files can be imported"));
        }

        @Test
        void emptyFileAndHeaderOnlyFileAreReported() {
            assertThat(InEnglish.rows(csv().errors())).containsExactly(fileError("the file is empty"));
            assertThat(InEnglish.rows(csv(HEADER).errors())).containsExactly(
                    fileError("the file contains no actions: add one action per row below the column names"));
        }

        @Test
        void corruptXlsxIsReported() {
            byte[] notAWorkbook = (HEADER + "\r\n").getBytes(StandardCharsets.UTF_8);

            ImportParse parse = parser.parse("actions.xlsx", new ByteArrayInputStream(notAWorkbook));

            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("the file is not a valid .xlsx workbook"));
        }
    }

    @Nested
    class Xlsx {

        @Test
        void numericAndDateCellsAreRead() {
            ImportParse parse = xlsx(sheet -> {
                Row row = sheet.createRow(1);
                row.createCell(0).setCellValue("Training");
                row.createCell(1).setCellValue("- bullet");
                row.createCell(2).setCellValue(13.0);
                row.createCell(3).setCellValue("ONGOING");
                date(row, 4, LocalDate.of(2026, 1, 15));
                row.createCell(5).setCellValue("2026-12-15");
                row.createCell(6).setCellValue("unmiss");
                row.createCell(7).setCellValue(2026.0);
                Row second = sheet.createRow(3);
                second.createCell(0).setCellValue("Audit");
                second.createCell(1).setCellValue("D");
                second.createCell(2).setCellValue("1;45");
                second.createCell(3).setCellValue("discontinued");
                second.createCell(7).setCellValue("2019");
                second.createCell(8).setCellValue("https://e.org/a;https://e.org/b");
            });

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).containsExactly(
                    new ImportRow(2, "Training", "- bullet", ActionStatus.ONGOING, List.of(13), List.of("UNMISS"),
                            LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 15), 2026, List.of()),
                    new ImportRow(4, "Audit", "D", ActionStatus.DISCONTINUED, List.of(1, 45), List.of(), null, null,
                            2019, List.of("https://e.org/a", "https://e.org/b")));
        }

        @Test
        void formulaCellsAndFormulaLikeTextAreRefused() {
            ImportParse parse = xlsx(sheet -> {
                Row row = sheet.createRow(1);
                row.createCell(0).setCellFormula("SUM(A1:A2)");
                row.createCell(1).setCellValue("@x");
                row.createCell(2).setCellValue(13.5);
                row.createCell(3).setCellValue("ongoing");
                row.createCell(7).setCellFormula("2000+26");
            });

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "title", FORMULA),
                    error(2, "description", FORMULA),
                    error(2, "commitments", "\"13.5\" is not a commitment number: write numbers such as 13;14"),
                    error(2, "reporting_cycle", FORMULA));
        }

        ImportParse xlsx(Consumer<Sheet> rows) {
            try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.createSheet("Actions");
                Row header = sheet.createRow(0);
                for (int i = 0; i < ActionImportTemplate.COLUMNS.size(); i++) {
                    header.createCell(i).setCellValue(ActionImportTemplate.COLUMNS.get(i).toUpperCase());
                }
                rows.accept(sheet);
                workbook.createSheet("Ignored").createRow(0).createCell(0).setCellValue("=not read");
                workbook.write(out);
                return parser.parse("Actions.XLSX", new ByteArrayInputStream(out.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void date(Row row, int column, LocalDate value) {
            var workbook = row.getSheet().getWorkbook();
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }
}
