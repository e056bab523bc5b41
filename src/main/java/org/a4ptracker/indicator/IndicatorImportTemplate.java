package org.a4ptracker.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.a4ptracker.shared.ImportTemplates;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The files a reporter downloads to start an indicator value import: the columns plus one example row. */
public final class IndicatorImportTemplate {

    public static final List<String> COLUMNS = List.of("indicator", "period", "disaggregation", "value",
            "not_applicable", "note");

    static final List<String> EXAMPLE = List.of("WOMEN_UNIFORMED", "2026-Q1", "MIL_CONTINGENT", "12.5", "",
            "Example row, replace it with your own values. When a value does not apply, leave value empty, "
                    + "write yes in not_applicable and give the reason here.");

    private static final int PERIOD = COLUMNS.indexOf("period");
    private static final int VALUE = COLUMNS.indexOf("value");

    private IndicatorImportTemplate() {
    }

    /** Starts with a byte order mark: without it Excel opens UTF-8 as the local code page. */
    public static byte[] csv() {
        return ImportTemplates.csv(COLUMNS, EXAMPLE);
    }

    /**
     * The value is a number cell. The period column is formatted as text, because Excel turns a
     * typed 2026-03 into the date 1 March 2026.
     */
    public static byte[] xlsx() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Values");
            ImportTemplates.header(workbook, sheet.createRow(0), COLUMNS);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("@"));
            sheet.setDefaultColumnStyle(PERIOD, text);
            Row example = sheet.createRow(1);
            for (int i = 0; i < COLUMNS.size(); i++) {
                example.createCell(i).setCellValue(EXAMPLE.get(i));
                sheet.setColumnWidth(i, (i == COLUMNS.size() - 1 ? 60 : 20) * 256);
            }
            example.getCell(PERIOD).setCellStyle(text);
            example.getCell(VALUE).setCellValue(new BigDecimal(EXAMPLE.get(VALUE)).doubleValue());
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
