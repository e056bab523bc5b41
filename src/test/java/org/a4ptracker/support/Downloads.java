package org.a4ptracker.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Fetches a CSV or XLSX download, checks its content type and file name, and reads it back: CSV records
 * by column name, XLSX rows as typed cell values (Double for numeric cells, Boolean, String, null when empty).
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MockMvc mvc;

    public Downloads(MockMvc mvc) {
        this.mvc = mvc;
    }

    public record Xlsx(String sheet, List<String> header, List<List<Object>> rows) {

        public List<Object> column(String name) {
            int i = header.indexOf(name);
            return rows.stream().map(r -> i < r.size() ? r.get(i) : null).toList();
        }
    }

    private static MockHttpServletRequestBuilder request(String path, Map<String, String> params) {
        var request = get(path);
        params.forEach(request::param);
        return request;
    }

    public String csvText(String path, Map<String, String> params, String filename) throws Exception {
        return mvc.perform(request(path, params)).andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + filename + "\""))
                .andReturn().getResponse().getContentAsString();
    }

    public List<CSVRecord> csv(String path, Map<String, String> params, String filename) throws Exception {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText(path, params, filename)))) {
            return parser.getRecords();
        }
    }

    public Xlsx xlsx(String path, Map<String, String> params, String filename) throws Exception {
        byte[] body = mvc.perform(request(path, params)).andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + filename + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        return read(body);
    }

    public static Xlsx read(byte[] body) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    values.add(value(row.getCell(c)));
                }
                rows.add(values);
            }
            return new Xlsx(sheet.getSheetName(), header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }
}
