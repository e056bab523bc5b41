package org.a4ptracker.action;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the first sheet of an .xlsx import file; numbers and dates may be real numeric cells. */
final class XlsxRows {

    private XlsxRows() {
    }

    static ImportSheet read(byte[] bytes, int maxRows) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ImportSheet.empty();
            }
            return read(workbook.getSheetAt(0), maxRows);
        } catch (ImportFailure e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign file with many exception types; to the user they are one problem
            throw new ImportFailure("the file is not a valid .xlsx workbook");
        }
    }

    private static ImportSheet read(Sheet sheet, int maxRows) {
        Row first = sheet.getRow(0);
        List<ImportCell> header = first == null ? List.of() : cells(first);
        if (header.stream().allMatch(ImportCell::blank)) {
            throw ImportSheet.empty();
        }
        var rows = new ArrayList<ImportSheet.Row>();
        for (Row row : sheet) {
            var sheetRow = new ImportSheet.Row(row.getRowNum() + 1, cells(row));
            if (row.getRowNum() > 0 && !sheetRow.blank()) {
                rows.add(sheetRow);
                ImportSheet.requireWithin(rows.size(), maxRows);
            }
        }
        return new ImportSheet(header, rows);
    }

    private static List<ImportCell> cells(Row row) {
        var cells = new ArrayList<ImportCell>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? ImportCell.BLANK : cell(cell));
        }
        return cells;
    }

    private static ImportCell cell(Cell cell) {
        return switch (cell.getCellType()) {
            case STRING -> ImportCell.of(cell.getStringCellValue());
            case NUMERIC -> new ImportCell(numeric(cell), false);
            case BOOLEAN -> new ImportCell(String.valueOf(cell.getBooleanCellValue()), false);
            case FORMULA -> ImportCell.formula(cell.getCellFormula());
            case ERROR -> new ImportCell(FormulaError.forInt(cell.getErrorCellValue()).getString(), false);
            default -> ImportCell.BLANK;
        };
    }

    /** Dates become ISO text and whole numbers lose their ".0", so both file types validate alike. */
    private static String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }
}
