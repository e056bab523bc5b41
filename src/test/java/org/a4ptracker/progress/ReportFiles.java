package org.a4ptracker.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.support.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the report tests share: a PDF's text, a published title to look for and a draft that must not show. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** All pages' text with runs of white space (line wraps in table cells) made single spaces. */
    static String text(byte[] pdf) {
        try (var reader = new PdfReader(pdf)) {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String publishedTitle(JdbcClient jdbc, String stakeholderCode, Integer cycle) {
        return jdbc.sql("""
                select v.title from action a
                join action_version v on v.action_id = a.id and v.version_no = a.published_version
                join stakeholder s on s.id = a.stakeholder_id
                where (:code is null or s.code = :code) and (:cycle is null or v.reporting_cycle = :cycle)
                order by a.id fetch first 1 rows only
                """).param("code", stakeholderCode).param("cycle", cycle).query(String.class).single();
    }

    /** Creates a never-published draft of the stakeholder in the cycle and returns its unique title. */
    static String draft(JdbcClient jdbc, ActionService actions, String stakeholderCode, int cycle) {
        String title = "Draft" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var focal = new TestAccounts(jdbc).focalPointOf(stakeholderCode);
        actions.create(focal, stakeholderCode, new ActionContent(title, "Not for the public", ActionStatus.ONGOING, cycle,
                LocalDate.of(cycle, 1, 1), null, List.of(1), List.of(), List.of()));
        return title;
    }
}
