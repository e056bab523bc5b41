package org.a4ptracker.action;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.a4ptracker.shared.ImportTemplates;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The files a focal point downloads to start an import: the columns plus one example row. */
public final class ActionImportTemplate {

    public static final List<String> COLUMNS = List.of("title", "description", "commitments", "status",
            "start_date", "end_date", "missions", "reporting_cycle", "evidence_links");

    static final List<String> EXAMPLE = List.of(
            "Example: pre-deployment training on protection of civilians",
            "Example row, replace it with your own actions. Two-week course on protection of civilians "
                    + "for every contingent before deployment.",
            "13;14", "ongoing", "2026-01-15", "2026-12-15", "MINUSCA", "2026",
            "https://peacekeeping.un.org/en/action-for-peacekeeping-a4p");

    private static final int START_DATE = COLUMNS.indexOf("start_date");
    private static final int END_DATE = COLUMNS.indexOf("end_date");
    private static final int REPORTING_CYCLE = COLUMNS.indexOf("reporting_cycle");

    private ActionImportTemplate() {
    }

    /** Starts with a byte order mark: without it Excel opens UTF-8 as the local code page. */
    public static byte[] csv() {
        return ImportTemplates.csv(COLUMNS, EXAMPLE);
    }

    /** Dates and the cycle are real date and number cells, as a focal point would type them. */
    public static byte[] xlsx() {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Actions");
            ImportTemplates.header(workbook, sheet.createRow(0), COLUMNS);
            Row example = sheet.createRow(1);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 0; i < COLUMNS.size(); i++) {
                example.createCell(i).setCellValue(EXAMPLE.get(i));
                sheet.setColumnWidth(i, 24 * 256);
            }
            example.getCell(START_DATE).setCellValue(LocalDate.parse(EXAMPLE.get(START_DATE)));
            example.getCell(START_DATE).setCellStyle(date);
            example.getCell(END_DATE).setCellValue(LocalDate.parse(EXAMPLE.get(END_DATE)));
            example.getCell(END_DATE).setCellStyle(date);
            example.getCell(REPORTING_CYCLE).setCellValue(Integer.parseInt(EXAMPLE.get(REPORTING_CYCLE)));
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
