package org.a4ptracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class IndicatorImportTemplateTest {

    @Test
    void columnsAreInTemplateOrder() {
        assertThat(IndicatorImportTemplate.COLUMNS)
                .containsExactly("indicator", "period", "disaggregation", "value", "not_applicable", "note");
    }

    @Test
    void csvIsUtf8WithBomHeaderAndOneExample() {
        String text = new String(IndicatorImportTemplate.csv(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFindicator,period,disaggregation,value,not_applicable,note\r\n"
                + "WOMEN_UNIFORMED,2026-Q1,MIL_CONTINGENT,12.5,,\"Example row,");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void xlsxHasABoldHeaderATextPeriodColumnAndANumberValue() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(IndicatorImportTemplate.xlsx()))) {
            var sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            Row example = sheet.getRow(1);

            assertThat(header.getLastCellNum()).isEqualTo((short) 6);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(example.getCell(1).getStringCellValue()).isEqualTo("2026-Q1");
            assertThat(example.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(example.getCell(3).getNumericCellValue()).isEqualTo(12.5);
        }
    }
}
