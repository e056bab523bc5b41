package org.a4ptracker.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an .xlsx file; numbers and dates may be real numeric cells. */
final class XlsxSheet {

    private XlsxSheet() {
    }

    static Sheet read(byte[] bytes, SheetReader limits) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw SheetReader.empty();
            }
            return read(workbook.getSheetAt(0), limits);
        } catch (SheetProblem e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with many exception types; to the user they are one problem
            throw new SheetProblem("problem.sheet.not-xlsx");
        }
    }

    private static Sheet read(XSSFSheet sheet, SheetReader limits) {
        Row first = sheet.getRow(0);
        List<SheetCell> header = first == null ? List.of() : cells(first);
        if (header.stream().allMatch(SheetCell::blank)) {
            throw SheetReader.empty();
        }
        var rows = new ArrayList<Sheet.Row>();
        for (Row row : sheet) {
            var sheetRow = new Sheet.Row(row.getRowNum() + 1, cells(row));
            if (row.getRowNum() > 0 && !sheetRow.blank()) {
                rows.add(sheetRow);
                limits.requireWithin(rows.size());
            }
        }
        return new Sheet(header, rows);
    }

    private static List<SheetCell> cells(Row row) {
        var cells = new ArrayList<SheetCell>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? SheetCell.BLANK : cell(cell));
        }
        return cells;
    }

    private static SheetCell cell(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> SheetCell.of(cell.getStringCellValue());
            case NUMERIC -> new SheetCell(numeric(cell), false);
            case BOOLEAN -> new SheetCell(String.valueOf(cell.getBooleanCellValue()), false);
            case FORMULA -> SheetCell.formula(cell.getCellFormula());
            case ERROR -> new SheetCell(FormulaError.forInt(cell.getErrorCellValue()).getString(), false);
            default -> SheetCell.BLANK;
        };
    }

    /**
     * Dates become ISO text and whole numbers lose their ".0", so both file types validate alike.
     * A cell shown as "12%" holds 0.12; it is read as "12%" so that nobody's 12 silently becomes 0.12.
     */
    private static String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            return number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        return number.stripTrailingZeros().toPlainString();
    }
}
