package org.a4ptracker.survey;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submitted responses as a wide CSV for reviewers: one row per response, one column per question. */
@Service
public class ResponseExport {

    private final SurveyService surveys;
    private final AccessPolicy access;
    private final JdbcClient jdbc;

    ResponseExport(SurveyService surveys, AccessPolicy access, JdbcClient jdbc) {
        this.surveys = surveys;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The same rows as {@link #csv}, as an Excel workbook written in a streaming way (constant memory). */
    @Transactional(readOnly = true)
    public void xlsx(CurrentUser reviewer, long roundId, java.io.OutputStream out) throws IOException {
        access.requireReviewer(reviewer, "EXPORT_SURVEY_RESPONSES", "survey_round", roundId, null);
        Round round = surveys.round(roundId);
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet("responses");
            int[] rowNumber = {0};
            java.util.function.Consumer<List<Object>> writeRow = values -> {
                var row = sheet.createRow(rowNumber[0]++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(String.valueOf(values.get(i)));
                }
            };
            writeRow.accept(new ArrayList<>(header(round)));
            rows(round, writeRow);
            workbook.write(out);
        }
    }

    private static List<String> header(Round round) {
        var header = new ArrayList<String>(List.of("response", "stakeholder", "group", "submitted_at", "source"));
        round.questions().forEach(q -> header.add(q.commitment() != null ? "c" + q.commitment() + "_" + q.kind().name().toLowerCase()
                : "q" + q.id()));
        return header;
    }

    @Transactional(readOnly = true)
    public void csv(CurrentUser reviewer, long roundId, Writer out) throws IOException {
        access.requireReviewer(reviewer, "EXPORT_SURVEY_RESPONSES", "survey_round", roundId, null);
        Round round = surveys.round(roundId);
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header(round).toArray(String[]::new)).get())) {
            rows(round, values -> {
                try {
                    csv.printRecord(values);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Streams submitted responses one by one: the answers of the current response are gathered, then handed on. */
    private void rows(Round round, java.util.function.Consumer<List<Object>> sink) {
        long roundId = round.id();
        {
            Map<Long, String> current = new HashMap<>();
            long[] currentId = {-1};
            List<Object> meta = new ArrayList<>();
            jdbc.sql("""
                    select r.id, s.code, r.respondent_group, r.submitted_at, r.source, a.question_id,
                           coalesce(a.choice, cast(a.number_value as varchar(40)), a.text_value) as answer
                    from survey_response r
                    left join stakeholder s on s.id = r.stakeholder_id
                    left join survey_answer a on a.response_id = r.id
                    where r.round_id = :round and r.state = 'SUBMITTED'
                    order by r.id
                    """).param("round", roundId).withFetchSize(1000)
                    .query((ResultSet rs) -> {
                        if (rs.getLong(1) != currentId[0]) {
                            flush(sink, meta, current, round);
                            currentId[0] = rs.getLong(1);
                            meta.addAll(List.of(rs.getLong(1), java.util.Objects.toString(rs.getString(2), ""), rs.getString(3),
                                    String.valueOf(rs.getTimestamp(4)), rs.getString(5)));
                        }
                        if (rs.getObject(6) != null) {
                            current.put(rs.getLong(6), rs.getString(7));
                        }
                    });
            flush(sink, meta, current, round);
        }
    }

    private static void flush(java.util.function.Consumer<List<Object>> sink, List<Object> meta, Map<Long, String> answers, Round round) {
        if (meta.isEmpty()) {
            return;
        }
        var row = new ArrayList<Object>(meta);
        round.questions().forEach(q -> row.add(SpreadsheetCells.neutralise(answers.getOrDefault(q.id(), ""))));
        sink.accept(row);
        meta.clear();
        answers.clear();
    }
}
