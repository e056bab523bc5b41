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

    @Transactional(readOnly = true)
    public void csv(CurrentUser reviewer, long roundId, Writer out) throws IOException {
        access.requireReviewer(reviewer, "EXPORT_SURVEY_RESPONSES", "survey_round", roundId, null);
        Round round = surveys.round(roundId);
        var header = new ArrayList<String>(List.of("response", "stakeholder", "group", "submitted_at", "source"));
        round.questions().forEach(q -> header.add(q.commitment() != null ? "c" + q.commitment() + "_" + q.kind().name().toLowerCase()
                : "q" + q.id()));
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            // responses stream one by one: answers of the current response are gathered, then written
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
                            flush(csv, meta, current, round);
                            currentId[0] = rs.getLong(1);
                            meta.addAll(List.of(rs.getLong(1), java.util.Objects.toString(rs.getString(2), ""), rs.getString(3),
                                    String.valueOf(rs.getTimestamp(4)), rs.getString(5)));
                        }
                        if (rs.getObject(6) != null) {
                            current.put(rs.getLong(6), rs.getString(7));
                        }
                    });
            flush(csv, meta, current, round);
        }
    }

    private static void flush(CSVPrinter csv, List<Object> meta, Map<Long, String> answers, Round round) {
        if (meta.isEmpty()) {
            return;
        }
        var row = new ArrayList<Object>(meta);
        round.questions().forEach(q -> row.add(SpreadsheetCells.neutralise(answers.getOrDefault(q.id(), ""))));
        try {
            csv.printRecord(row);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        meta.clear();
        answers.clear();
    }
}
