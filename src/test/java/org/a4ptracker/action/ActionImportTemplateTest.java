package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ActionImportTemplateTest {

    private final ActionImportParser parser = new ActionImportParser(
            IntStream.rangeClosed(1, 45).boxed().collect(Collectors.toSet()), Set.of("MINUSCA"), 5L << 20, 1000);

    private static final ImportRow EXAMPLE = new ImportRow(2,
            "Example: pre-deployment training on protection of civilians",
            "Example row, replace it with your own actions. Two-week course on protection of civilians "
                    + "for every contingent before deployment.",
            ActionStatus.ONGOING, List.of(13, 14), List.of("MINUSCA"), LocalDate.of(2026, 1, 15),
            LocalDate.of(2026, 12, 15), 2026, List.of("https://peacekeeping.un.org/en/action-for-peacekeeping-a4p"));

    @Test
    void columnsAreInTemplateOrder() {
        assertThat(ActionImportTemplate.COLUMNS).containsExactly("title", "description", "commitments", "status",
                "start_date", "end_date", "missions", "reporting_cycle", "evidence_links");
    }

    @Test
    void csvIsUtf8WithBomHeaderAndExample() {
        String text = new String(ActionImportTemplate.csv(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFtitle,description,commitments,status,start_date,end_date,missions,"
                + "reporting_cycle,evidence_links\r\nExample: pre-deployment training on protection of civilians,");
        assertThat(text.lines()).hasSize(2);
    }

    @Test
    void csvExampleParsesWithoutErrors() {
        ImportParse parse = parser.parse("template.csv", new ByteArrayInputStream(ActionImportTemplate.csv()));

        assertThat(parse.errors()).isEmpty();
        assertThat(parse.rows()).containsExactly(EXAMPLE);
    }

    @Test
    void xlsxExampleParsesWithoutErrors() {
        ImportParse parse = parser.parse("template.xlsx", new ByteArrayInputStream(ActionImportTemplate.xlsx()));

        assertThat(parse.errors()).isEmpty();
        assertThat(parse.rows()).containsExactly(EXAMPLE);
    }

    @Test
    void xlsxHeaderIsBoldAndDatesAreDateCells() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(ActionImportTemplate.xlsx()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            Row example = workbook.getSheetAt(0).getRow(1);

            assertThat(header.getLastCellNum()).isEqualTo((short) 9);
            for (int i = 0; i < 9; i++) {
                assertThat(header.getCell(i).getStringCellValue()).isEqualTo(ActionImportTemplate.COLUMNS.get(i));
                assertThat(workbook.getFontAt(header.getCell(i).getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(example.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(example.getCell(7).getNumericCellValue()).isEqualTo(2026.0);
        }
    }
}
