package org.a4ptracker.shared;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SheetReaderTest {

    static final long MB = 1024 * 1024;

    final SheetReader reader = new SheetReader(5 * MB, 100);

    Sheet csv(String... lines) {
        return read("data.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    Sheet read(String filename, byte[] bytes) {
        return reader.read(filename, new ByteArrayInputStream(bytes));
    }

    static List<String> texts(List<SheetCell> cells) {
        return cells.stream().map(SheetCell::text).toList();
    }

    void assertProblem(Runnable read, String message) {
        assertThatThrownBy(read::run).isInstanceOf(SheetProblem.class).hasMessage(message);
    }

    @Nested
    class Csv {

        @Test
        void headerAndNonEmptyRowsKeepTheirSpreadsheetRowNumbers() {
            // a quoted line break stays inside its cell, as in a spreadsheet, so "b" is row 6, not line 7

            Sheet sheet = csv("name, size ", "a,\"two\nlines\"", "", ",  ", "=1+2, - bullet", "b");

            assertThat(texts(sheet.header())).containsExactly("name", " size ");
            assertThat(sheet.rows()).containsExactly(
                    new Sheet.Row(2, List.of(new SheetCell("a", false), new SheetCell("two\nlines", false))),
                    new Sheet.Row(5, List.of(new SheetCell("=1+2", true), new SheetCell(" - bullet", false))),
                    new Sheet.Row(6, List.of(new SheetCell("b", false))));
            assertThat(sheet.rows().get(2).cell(5)).isEqualTo(SheetCell.BLANK);
        }

        @Test
        void byteOrderMarkIsDropped() {
            Sheet sheet = read("DATA.CSV", "\uFEFFname\r\nCôte d'Ivoire\r\n".getBytes(StandardCharsets.UTF_8));

            assertThat(texts(sheet.header())).containsExactly("name");
            assertThat(texts(sheet.rows().get(0).cells())).containsExactly("Côte d'Ivoire");
        }

        @Test
        void textThatIsNotUtf8IsRefused() {
            byte[] latin1 = "name\r\nCôte d'Ivoire\r\n".getBytes(StandardCharsets.ISO_8859_1);

            assertProblem(() -> read("data.csv", latin1), "the file is not UTF-8 encoded: save it as \"CSV UTF-8\"");
        }

        @Test
        void malformedCsvIsReportedWithTheLine() {
            assertProblem(() -> csv("a,b", "1,2", "3,\"never closed", "4,5"),
                    "the CSV file is malformed: a quoted value starting on line 3 is never closed");
            assertProblem(() -> csv("a,b", "1,\"2\"x"),
                    "the CSV file is malformed on line 2: a closing quote must be followed by a comma or the end of the line");
        }

        @Test
        void semicolonsAreExplained() {
            assertProblem(() -> csv("a;b", "1;2"),
                    "the columns are separated by \";\" instead of \",\": save the file as \"CSV UTF-8\"");
        }

        @Test
        void blankHeaderIsAnEmptyFile() {
            assertProblem(() -> csv(" , ", "1,2"), "the file is empty: the first row must hold the column names");
        }
    }

    @Nested
    class Limits {

        @Test
        void fileOverTheSizeLimitIsNotReadToTheEnd() {
            var in = new ByteArrayInputStream(new byte[(int) (10 * MB)]);

            assertProblem(() -> reader.read("data.csv", in), "the file is larger than the 5 MB limit");
            assertThat(in.available()).isEqualTo((int) (5 * MB - 1));
        }

        @Test
        void decimalMegabytesAreNamedAsSuch() {
            var small = new SheetReader(2_000_000, 10);

            assertProblem(() -> small.read("a.csv", new ByteArrayInputStream(new byte[2_000_001])),
                    "the file is larger than the 2 MB limit");
        }

        @Test
        void tooManyRowsAreNamedWithWhatTheRowsHold() {
            var two = new SheetReader(MB, 2);

            assertThat(two.read("a.csv", new ByteArrayInputStream("h\n1\n\n2".getBytes(StandardCharsets.UTF_8)))
                    .rows()).hasSize(2);
            assertProblem(() -> two.read("a.csv", new ByteArrayInputStream("h\n1\n2\n3".getBytes(StandardCharsets.UTF_8))),
                    "the file has more than 2 rows; split it into files of at most 2 rows");
        }

        @Test
        void emptyFilesAndOtherTypesAreRefused() {
            assertProblem(() -> read("data.csv", new byte[0]), "the file is empty");
            assertProblem(() -> read("data.xls", new byte[] {1}), "only .csv and .xlsx files can be imported");
            assertProblem(() -> read(null, new byte[] {1}), "only .csv and .xlsx files can be imported");
        }

        @Test
        void unusableLimitsAreAProgrammingError() {
            assertThatThrownBy(() -> new SheetReader(0, 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SheetReader(1, 0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SheetReader(Integer.MAX_VALUE, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Xlsx {

        @Test
        void cellsOfTheFirstSheetAreReadAsText() {
            Sheet sheet = xlsx(s -> {
                Row row = s.createRow(2);
                row.createCell(0).setCellValue(" text ");
                row.createCell(1).setCellValue(13.0);
                row.createCell(2).setCellValue(-1234.5);
                row.createCell(3).setCellValue(true);
                row.createCell(4).setCellFormula("SUM(B3:C3)");
                row.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
                row.createCell(6).setCellValue("@x");
                row.createCell(8).setCellValue(1e-7);
            });

            assertThat(sheet.rows()).hasSize(1);
            assertThat(sheet.rows().get(0).number()).isEqualTo(3);
            assertThat(sheet.rows().get(0).cells()).containsExactly(new SheetCell(" text ", false),
                    new SheetCell("13", false), new SheetCell("-1234.5", false), new SheetCell("true", false),
                    new SheetCell("=SUM(B3:C3)", true), new SheetCell("#N/A", false), new SheetCell("@x", true),
                    SheetCell.BLANK, new SheetCell("0.0000001", false));
        }

        @Test
        void datesBecomeIsoTextAndPercentagesKeepTheirSign() {
            Sheet sheet = xlsx(s -> {
                Row row = s.createRow(1);
                styled(row, 0, "yyyy-mm-dd").setCellValue(LocalDate.of(2026, 3, 1));
                styled(row, 1, "0%").setCellValue(0.12);
                styled(row, 2, "0.0%").setCellValue(0.055);
            });

            assertThat(texts(sheet.rows().get(0).cells())).containsExactly("2026-03-01", "12%", "5.5%");
        }

        @Test
        void corruptWorkbookIsRefused() {
            assertProblem(() -> read("data.xlsx", "a,b\r\n".getBytes(StandardCharsets.UTF_8)),
                    "the file is not a valid .xlsx workbook");
        }

        @Test
        void workbookWithoutHeaderIsAnEmptyFile() {
            byte[] bytes = workbook(book -> book.createSheet("Empty").createRow(3).createCell(0).setCellValue("x"));

            assertProblem(() -> read("data.xlsx", bytes), "the file is empty: the first row must hold the column names");
        }

        Sheet xlsx(Consumer<XSSFSheet> rows) {
            return read("Data.XLSX", workbook(book -> {
                XSSFSheet sheet = book.createSheet("Data");
                sheet.createRow(0).createCell(0).setCellValue("name");
                rows.accept(sheet);
                book.createSheet("Ignored").createRow(1).createCell(0).setCellValue("not read");
            }));
        }

        org.apache.poi.ss.usermodel.Cell styled(Row row, int column, String format) {
            var book = row.getSheet().getWorkbook();
            CellStyle style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
            var cell = row.createCell(column);
            cell.setCellStyle(style);
            return cell;
        }

        byte[] workbook(Consumer<XSSFWorkbook> content) {
            try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
                content.accept(book);
                book.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Nested
    class Columns {

        static final List<String> ACCEPTED = List.of("code", "name", "note");

        @Test
        void headerMatchesCaseInsensitivelyInAnyOrder() {
            var errors = new ArrayList<CellError>();

            Map<String, Integer> columns = csv(" NOTE ,,Code", "x").columns(ACCEPTED, List.of("code"), errors);

            assertThat(errors).isEmpty();
            assertThat(columns).containsExactly(entry("note", 0), entry("code", 2));
        }

        @Test
        void duplicateMissingAndUnknownColumnsAreAllReported() {
            var errors = new ArrayList<CellError>();

            csv("note,Note,colour,size", "x").columns(ACCEPTED, List.of("code", "name"), errors);

            assertThat(InEnglish.rows(errors)).containsExactly(
                    new InEnglish.Row(0, "file", "the column \"note\" appears more than once"),
                    new InEnglish.Row(0, "file", "missing required columns \"code\", \"name\""),
                    new InEnglish.Row(0, "file", "unknown columns \"colour\", \"size\": the accepted columns are code, name, note"));
        }

        @Test
        void rowCellsReportMissingFormulaAndUnheadedValues() {
            Sheet sheet = csv("code,name,,note", "  ,=cmd|' /C calc'!A0,stray, n ");
            var errors = new ArrayList<CellError>();
            var cells = new RowCells(sheet.rows().get(0), sheet.columns(ACCEPTED, List.of(), errors), errors);

            assertThat(cells.required("code")).isNull();
            assertThat(cells.optional("name")).isNull();
            assertThat(cells.optional("note")).isEqualTo("n");
            assertThat(cells.cell("absent")).isEqualTo(SheetCell.BLANK);
            assertThat(cells.hasErrors()).isTrue();
            assertThat(InEnglish.rows(errors.stream().sorted(CellError.order(ACCEPTED)).toList())).containsExactly(
                    new InEnglish.Row(2, "row", "column 3 has a value but no column name; add a name in row 1 or remove the value"),
                    new InEnglish.Row(2, "code", "code is required"),
                    new InEnglish.Row(2, "name", InEnglish.FORMULA));
        }
    }
}
