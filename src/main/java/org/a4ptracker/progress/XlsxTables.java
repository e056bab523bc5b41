package org.a4ptracker.progress;

import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;

/** Writes a header and rows into a sheet: numbers as numbers, everything else as text (neutralise user text before). */
final class XlsxTables {

    private XlsxTables() {
    }

    static void write(Sheet sheet, List<String> header, List<? extends List<?>> rows) {
        var first = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            first.createCell(c).setCellValue(header.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            var row = sheet.createRow(r + 1);
            var values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(values.get(c)));
                }
            }
        }
    }
}
