package org.a4ptracker.indicator;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.a4ptracker.shared.CellError;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class IndicatorImportParserTest {

    static final long MB = 1024 * 1024;
    static final String HEADER = "indicator,period,disaggregation,value,not_applicable,note";
    static final String FORMULA = "looks like a spreadsheet formula; remove the leading \"=\" (or + - @)";
    static final String NO_VALUE = "no value: leave the row out if it is not reported yet, or set not_applicable with a reason";
    static final String NO_REASON = "note is required when not_applicable is set: give the reason why the value does not apply";
    static final String PERIODS = "write a year (2026), a quarter (2026-Q1) or a month (2026-03)";

    final IndicatorImportParser parser = new IndicatorImportParser(Map.of(
            "WOMEN_UNIFORMED", new IndicatorRules("WOMEN_UNIFORMED", Set.of("_T", "MIL_CONTINGENT", "POLICE"),
                    BigDecimal.ZERO, new BigDecimal("100")),
            "FATALITIES", new IndicatorRules("FATALITIES", Set.of(), BigDecimal.ZERO, null),
            "BUDGET_CHANGE", new IndicatorRules("BUDGET_CHANGE", Set.of("_T"), null, null)), 5 * MB, 1000);

    IndicatorImportParse csv(String... lines) {
        return parser.parse("values.csv", new ByteArrayInputStream(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    static InEnglish.Row error(int row, String column, String message) {
        return new InEnglish.Row(row, column, message);
    }

    static InEnglish.Row fileError(String message) {
        return new InEnglish.Row(0, "file", message);
    }

    static String notANumber(String value) {
        return "\"" + value + "\" is not a number: if the value does not apply, leave it empty and set not_applicable "
                + "with the reason in note; otherwise write a plain number like 1234.5 "
                + "(no thousands separators, spaces, units or %)";
    }

    static IndicatorImportRow value(int row, String indicator, String period, String disaggregation, String amount) {
        return new IndicatorImportRow(row, indicator, period, disaggregation, new BigDecimal(amount), false, null);
    }

    @Nested
    class Valid {

        @Test
        void csvRowsParseToExactValues() {
            IndicatorImportParse parse = csv(HEADER,
                    "women_uniformed, 2026-q1 ,mil_contingent,12.5,,",
                    "WOMEN_UNIFORMED,2026-Q1,,7,,from the force headquarters",
                    "",
                    "Fatalities,2026,_t,,yes,no operations this year",
                    "BUDGET_CHANGE,2026-03,,-3.25,,",
                    "FATALITIES,2026-12,,0,,",
                    "WOMEN_UNIFORMED,2026-Q2,police,,TRUE,\"police component\nnot deployed yet\"",
                    "WOMEN_UNIFORMED,2026-Q3,_T,100.00,,");

            assertThat(parse.ok()).isTrue();
            assertThat(parse.rows()).containsExactly(
                    value(2, "WOMEN_UNIFORMED", "2026-Q1", "MIL_CONTINGENT", "12.5"),
                    new IndicatorImportRow(3, "WOMEN_UNIFORMED", "2026-Q1", "_T", new BigDecimal("7"), false,
                            "from the force headquarters"),
                    new IndicatorImportRow(5, "FATALITIES", "2026", "_T", null, true, "no operations this year"),
                    value(6, "BUDGET_CHANGE", "2026-03", "_T", "-3.25"),
                    value(7, "FATALITIES", "2026-12", "_T", "0"),
                    new IndicatorImportRow(8, "WOMEN_UNIFORMED", "2026-Q2", "POLICE", null, true,
                            "police component\nnot deployed yet"),
                    value(9, "WOMEN_UNIFORMED", "2026-Q3", "_T", "100.00"));
        }

        @Test
        void headerIsCaseInsensitiveOrderFreeAndOptionalColumnsMayBeLeftOut() {
            IndicatorImportParse parse = csv("\uFEFF Value ,PERIOD,Indicator", "5,2026,fatalities");

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).containsExactly(value(2, "FATALITIES", "2026", "_T", "5"));
        }

        @Test
        void xlsxNumberCellsAndTextCellsAreBothAccepted() {
            IndicatorImportParse parse = xlsx(sheet -> {
                row(sheet, 1, "WOMEN_UNIFORMED", "2026-Q1", "MIL_CONTINGENT", 12.5);
                row(sheet, 2, "women_uniformed", "2026-q1", "", "12");
                Row year = row(sheet, 4, "FATALITIES", 2026.0, "", "");
                year.createCell(4).setCellValue(true);
                year.createCell(5).setCellValue("no operations");
                Row month = row(sheet, 5, "FATALITIES", "2026-04", "", "");
                month.createCell(4).setCellValue(1.0);
                month.createCell(5).setCellValue("base closed");
                row(sheet, 6, "BUDGET_CHANGE", "2026", "", -1234.5);
            });

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).containsExactly(
                    value(2, "WOMEN_UNIFORMED", "2026-Q1", "MIL_CONTINGENT", "12.5"),
                    value(3, "WOMEN_UNIFORMED", "2026-Q1", "_T", "12"),
                    new IndicatorImportRow(5, "FATALITIES", "2026", "_T", null, true, "no operations"),
                    new IndicatorImportRow(6, "FATALITIES", "2026-04", "_T", null, true, "base closed"),
                    value(7, "BUDGET_CHANGE", "2026", "_T", "-1234.5"));
        }
    }

    @Nested
    class Values {

        @Test
        void emptyValueWithoutNotApplicableIsNotReadAsZero() {
            IndicatorImportParse parse = csv(HEADER, "FATALITIES,2026,,,,", "FATALITIES,2027,, ,,reported later");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(error(2, "value", NO_VALUE), error(3, "value", NO_VALUE));
        }

        @Test
        void notApplicableNeedsAReasonAndExcludesAValue() {
            IndicatorImportParse parse = csv(HEADER,
                    "FATALITIES,2026,,,yes,",
                    "FATALITIES,2027,,,1,   ",
                    "FATALITIES,2028,,0,yes,no operations",
                    "FATALITIES,2029,,,maybe,unsure",
                    "FATALITIES,2030,,N/A,Yes,");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "note", NO_REASON),
                    error(3, "note", NO_REASON),
                    error(4, "value", "a value is given and not_applicable is set: give either a value or not_applicable"),
                    error(5, "not_applicable", "\"maybe\" is not understood: write yes if the value does not apply, "
                            + "or leave it empty"),
                    error(6, "value", "a value is given and not_applicable is set: give either a value or not_applicable"),
                    error(6, "note", NO_REASON));
        }

        @Test
        void textInsteadOfANumberIsRefusedWithWhatToWriteInstead() {
            IndicatorImportParse parse = csv(HEADER,
                    "FATALITIES,2020,,N/A,,", "FATALITIES,2021,,n.a.,,", "FATALITIES,2022,,-,,",
                    "FATALITIES,2023,,\"1,000\",,", "FATALITIES,2024,,12%,,", "FATALITIES,2025,,5 000,,",
                    "FATALITIES,2026,,.5,,", "FATALITIES,2027,,1.,,", "FATALITIES,2028,,1e3,,");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "value", notANumber("N/A")), error(3, "value", notANumber("n.a.")),
                    error(4, "value", notANumber("-")), error(5, "value", notANumber("1,000")),
                    error(6, "value", notANumber("12%")), error(7, "value", notANumber("5 000")),
                    error(8, "value", notANumber(".5")), error(9, "value", notANumber("1.")),
                    error(10, "value", notANumber("1e3")));
        }

        @Test
        void xlsxPercentCellIsRefusedRatherThanReadAsAFraction() {
            IndicatorImportParse parse = xlsx(sheet -> {
                Row row = row(sheet, 1, "WOMEN_UNIFORMED", "2026-Q1", "", "");
                CellStyle percent = sheet.getWorkbook().createCellStyle();
                percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
                row.getCell(3).setCellValue(0.12);
                row.getCell(3).setCellStyle(percent);
            });

            assertThat(InEnglish.rows(parse.errors())).containsExactly(error(2, "value", notANumber("12%")));
        }

        @Test
        void valuesOutsideTheIndicatorsRangeAreRefused() {
            IndicatorImportParse parse = csv(HEADER,
                    "WOMEN_UNIFORMED,2026,,100.5,,", "WOMEN_UNIFORMED,2027,,-1,,", "WOMEN_UNIFORMED,2028,,0,,",
                    "FATALITIES,2026,,-0.5,,", "FATALITIES,2027,,1000000,,", "BUDGET_CHANGE,2026,,-999999.99,,");

            assertThat(parse.rows()).extracting(IndicatorImportRow::row).containsExactly(4, 6, 7);
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "value", "100.5 is above the maximum of 100 for WOMEN_UNIFORMED"),
                    error(3, "value", "-1 is below the minimum of 0 for WOMEN_UNIFORMED"),
                    error(5, "value", "-0.5 is below the minimum of 0 for FATALITIES"));
        }

        @Test
        void formulaLikeCellsAreRefusedButANegativeNumberIsNot() {
            IndicatorImportParse parse = csv(HEADER,
                    "@WOMEN,=1+1,-x,-2+3,+1,=HYPERLINK(\"http://e.org\")",
                    "BUDGET_CHANGE,2026,,+5,,",
                    "BUDGET_CHANGE,2027,, -5 ,,");
            IndicatorImportParse xlsx = xlsx(sheet -> row(sheet, 1, "FATALITIES", "2026", "", "").getCell(3)
                    .setCellFormula("SUM(A1:A2)"));

            assertThat(parse.rows()).containsExactly(value(4, "BUDGET_CHANGE", "2027", "_T", "-5"));
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "indicator", FORMULA), error(2, "period", FORMULA), error(2, "disaggregation", FORMULA),
                    error(2, "value", FORMULA), error(2, "not_applicable", FORMULA), error(2, "note", FORMULA),
                    error(3, "value", FORMULA));
            assertThat(InEnglish.rows(xlsx.errors())).containsExactly(error(2, "value", FORMULA));
        }
    }

    @Nested
    class Keys {

        @Test
        void unknownIndicatorAndDisaggregationAreNamed() {
            IndicatorImportParse parse = csv(HEADER,
                    "PEACE,2026,CIV,1,,", "WOMEN_UNIFORMED,2026,CIV,5,,", "FATALITIES,2026,MALE,1,,",
                    "BUDGET_CHANGE,2026,_T,1,,", ",2026,,1,,");

            assertThat(parse.rows()).extracting(IndicatorImportRow::row).containsExactly(5);
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "indicator", "unknown indicator \"PEACE\": use one of BUDGET_CHANGE, FATALITIES, WOMEN_UNIFORMED"),
                    error(3, "disaggregation", "unknown disaggregation \"CIV\" for WOMEN_UNIFORMED: leave it empty for "
                            + "the total (_T) or use one of MIL_CONTINGENT, POLICE"),
                    error(4, "disaggregation", "unknown disaggregation \"MALE\" for FATALITIES: leave it empty for "
                            + "the total (_T)"),
                    error(6, "indicator", "indicator is required"));
        }

        @Test
        void longIndicatorListsAreNotSpelledOut() {
            var many = IntStream.rangeClosed(1, 11).mapToObj(i -> "I" + i)
                    .collect(Collectors.toMap(c -> c, c -> new IndicatorRules(c, Set.of(), null, null)));
            var big = new IndicatorImportParser(many, MB, 10);

            IndicatorImportParse parse = big.parse("v.csv", new ByteArrayInputStream(
                    (HEADER + "\nX,2026,,1,,").getBytes(StandardCharsets.UTF_8)));

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "indicator", "unknown indicator \"X\": use the indicator's code from the indicator list"));
        }

        @Test
        void periodsMustBeAYearQuarterOrMonth() {
            IndicatorImportParse parse = csv(HEADER,
                    "FATALITIES,2026-13,,1,,", "FATALITIES,26,,1,,", "FATALITIES,2026-Q5,,1,,",
                    "FATALITIES,Q1 2026,,1,,", "FATALITIES,2026-3,,1,,", "FATALITIES,2026-03-01,,1,,",
                    "FATALITIES,,,1,,", "FATALITIES,2026-00,,1,,");

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "period", "\"2026-13\" is not a period: " + PERIODS),
                    error(3, "period", "\"26\" is not a period: " + PERIODS),
                    error(4, "period", "\"2026-Q5\" is not a period: " + PERIODS),
                    error(5, "period", "\"Q1 2026\" is not a period: " + PERIODS),
                    error(6, "period", "\"2026-3\" is not a period: " + PERIODS),
                    error(7, "period", "\"2026-03-01\" is a date, not a period: " + PERIODS
                            + "; in Excel, format the period column as text first"),
                    error(8, "period", "period is required"),
                    error(9, "period", "\"2026-00\" is not a period: " + PERIODS));
        }

        @Test
        void xlsxDateInThePeriodColumnIsExplained() {
            IndicatorImportParse parse = xlsx(sheet -> {
                Row row = row(sheet, 1, "FATALITIES", "", "", 3.0);
                CellStyle date = sheet.getWorkbook().createCellStyle();
                date.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("mmm-yy"));
                row.getCell(1).setCellValue(LocalDate.of(2026, 3, 1));
                row.getCell(1).setCellStyle(date);
            });

            assertThat(InEnglish.rows(parse.errors())).containsExactly(error(2, "period", "\"2026-03-01\" is a date, not a period: "
                    + PERIODS + "; in Excel, format the period column as text first"));
        }

        @Test
        void duplicatesNameTheEarlierRowAndIgnoreSpelling() {
            IndicatorImportParse parse = csv(HEADER,
                    "WOMEN_UNIFORMED,2026-Q1,,5,,",
                    "WOMEN_UNIFORMED,2026-Q1,POLICE,oops,,",
                    "women_uniformed,2026-q1,_t,6,,",
                    "WOMEN_UNIFORMED,2026-Q1,police,7,,",
                    "WOMEN_UNIFORMED,2026-Q1,_T,,yes,late");

            assertThat(parse.rows()).extracting(IndicatorImportRow::row).containsExactly(2);
            String again = " is already given in row %d: give each indicator, period and disaggregation once";
            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(3, "value", notANumber("oops")),
                    error(4, "row", "WOMEN_UNIFORMED for 2026-Q1, disaggregation _T" + again.formatted(2)),
                    error(5, "row", "WOMEN_UNIFORMED for 2026-Q1, disaggregation POLICE" + again.formatted(3)),
                    error(6, "row", "WOMEN_UNIFORMED for 2026-Q1, disaggregation _T" + again.formatted(2)));
        }

        @Test
        void everyErrorOfARowIsReportedInColumnOrder() {
            IndicatorImportParse parse = csv("note,not_applicable,value,disaggregation,period,indicator,",
                    "x".repeat(1001) + ",,N/A,ALL,2026-Q9,WOMEN_UNIFORMED,stray");

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    error(2, "row", "column 7 has a value but no column name; add a name in row 1 or remove the value"),
                    error(2, "period", "\"2026-Q9\" is not a period: " + PERIODS),
                    error(2, "disaggregation", "unknown disaggregation \"ALL\" for WOMEN_UNIFORMED: leave it empty for "
                            + "the total (_T) or use one of MIL_CONTINGENT, POLICE"),
                    error(2, "value", notANumber("N/A")),
                    error(2, "note", "note is 1,001 characters long; the limit is 1,000"));
        }
    }

    @Nested
    class Files {

        @Test
        void fileOverTheSizeLimitIsRefused() {
            var in = new ByteArrayInputStream(new byte[(int) (10 * MB)]);

            IndicatorImportParse parse = parser.parse("values.csv", in);

            assertThat(parse.ok()).isFalse();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("the file is larger than the 5 MB limit"));
        }

        @Test
        void textThatIsNotUtf8IsRefused() {
            byte[] latin1 = (HEADER + "\r\nFATALITIES,2026,,,yes,base in Côte d'Ivoire closed\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);

            IndicatorImportParse parse = parser.parse("values.csv", new ByteArrayInputStream(latin1));

            assertThat(parse.rows()).isEmpty();
            assertThat(InEnglish.rows(parse.errors())).containsExactly(fileError("the file is not UTF-8 encoded: save it as \"CSV UTF-8\""));
        }

        @Test
        void columnsAreCheckedBeforeRows() {
            assertThat(InEnglish.rows(csv("indicator,period,amount", "FATALITIES,2026,1").errors())).containsExactly(
                    fileError("missing required column \"value\""),
                    fileError("unknown column \"amount\": the accepted columns are indicator, period, disaggregation, "
                            + "value, not_applicable, note"));
            assertThat(InEnglish.rows(csv(HEADER).errors())).containsExactly(
                    fileError("the file contains no values: add one value per row below the column names"));
        }

        @Test
        void tooManyRowsAreRefused() {
            var small = new IndicatorImportParser(Map.of(), MB, 1);

            IndicatorImportParse parse = small.parse("v.csv", new ByteArrayInputStream(
                    (HEADER + "\nA,2026,,1,,\nB,2026,,1,,").getBytes(StandardCharsets.UTF_8)));

            assertThat(InEnglish.rows(parse.errors())).containsExactly(
                    fileError("the file has more than 1 row; split it into files of at most 1 row"));
        }
    }

    @Nested
    class Template {

        final IndicatorImportParser parser = new IndicatorImportParser(Map.of("WOMEN_UNIFORMED",
                new IndicatorRules("WOMEN_UNIFORMED", Set.of("_T", "MIL_CONTINGENT"), BigDecimal.ZERO,
                        new BigDecimal("100"))), 5 * MB, 1000);

        final IndicatorImportRow example = new IndicatorImportRow(2, "WOMEN_UNIFORMED", "2026-Q1", "MIL_CONTINGENT",
                new BigDecimal("12.5"), false, IndicatorImportTemplate.EXAMPLE.get(5));

        @Test
        void csvTemplateParsesCleanly() {
            IndicatorImportParse parse = parser.parse("template.csv",
                    new ByteArrayInputStream(IndicatorImportTemplate.csv()));

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).containsExactly(example);
        }

        @Test
        void xlsxTemplateParsesCleanly() {
            IndicatorImportParse parse = parser.parse("template.xlsx",
                    new ByteArrayInputStream(IndicatorImportTemplate.xlsx()));

            assertThat(InEnglish.rows(parse.errors())).isEmpty();
            assertThat(parse.rows()).containsExactly(example);
        }
    }

    static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            if (values[i] instanceof Double number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue((String) values[i]);
            }
        }
        return row;
    }

    IndicatorImportParse xlsx(Consumer<Sheet> rows) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Values");
            Row header = sheet.createRow(0);
            String[] columns = HEADER.split(",");
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].toUpperCase());
            }
            rows.accept(sheet);
            workbook.write(out);
            return parser.parse("Values.XLSX", new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
