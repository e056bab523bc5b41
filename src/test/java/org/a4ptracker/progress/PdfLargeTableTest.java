package org.a4ptracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

/** The annex's table, written in parts: every row once, in order, and the header at the top of every page. */
class PdfLargeTableTest {

    @Test
    void everyPageOfATableWrittenInPartsStartsWithItsHeaderAndNoRowIsLostOrRepeated() throws Exception {
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 1500; i++) {
            // rows of one to three lines, so that parts end anywhere on a page, at its foot too
            String title = "row-" + i + " " + "training of a quick reaction force ".repeat(1 + i % 5);
            rows.add(List.of(title, "Stakeholder " + i, String.valueOf(i % 45 + 1), "Ongoing"));
        }
        // parts of 7 rows: hundreds of part boundaries, some of them at a page break
        var builder = new Pdf(java.util.Locale.ENGLISH);
        byte[] pdf = builder.document("test", (document, writer) ->
                builder.largeTable(document, writer, 7, List.of("Title", "Stakeholder", "Commitments", "Status"), rows, 5, 3, 1.5f, 1.5f));

        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var seen = new ArrayList<Integer>();
        var marker = Pattern.compile("row-(\\d+) ");
        assertThat(reader.getNumberOfPages()).isGreaterThan(20);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = extractor.getTextFromPage(page);
            assertThat(text.split("Commitments", -1).length - 1).as("headers on page %d", page).isEqualTo(1);
            assertThat(text.indexOf("Commitments")).as("header first on page %d", page).isLessThan(text.indexOf("row-"));
            marker.matcher(text).results().forEach(m -> seen.add(Integer.parseInt(m.group(1))));
        }
        assertThat(seen).hasSize(1500);
        for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isEqualTo(i + 1);
        }
    }
}
