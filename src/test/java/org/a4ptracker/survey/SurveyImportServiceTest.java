package org.a4ptracker.survey;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.support.H2Test;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@H2Test
class SurveyImportServiceTest {

    @Autowired
    SurveyImportService imports;
    @Autowired
    SurveyService surveys;
    @Autowired
    ResultsService results;
    @Autowired
    ResponseExport export;
    @Autowired
    JdbcClient jdbc;

    CurrentUser reviewer;
    List<String> states;

    @BeforeEach
    void sampleData() {
        long id = jdbc.sql("select id from app_user where email = 'reviewer@example.org'").query(Long.class).single();
        reviewer = new CurrentUser(id, "reviewer@example.org", "Sample Reviewer", false, true, Set.of());
        states = jdbc.sql("select code from stakeholder where type = 'MEMBER_STATE' order by code fetch first 4 rows only")
                .query(String.class).list();
    }

    long draftRound(Long copyFrom) {
        return surveys.create(reviewer, new RoundForm("Import " + UUID.randomUUID(), null, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30), List.of(RespondentGroup.MEMBER_STATES, RespondentGroup.SECRETARIAT), copyFrom));
    }

    long openRound(Long copyFrom) {
        long id = draftRound(copyFrom);
        surveys.open(reviewer, id, surveys.round(id).lockVersion());
        return id;
    }

    static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Four member states and one anonymous respondent: 3, 4, 2, 1 and 3 on commitment 13, mean 13 / 5 = 2.6. */
    byte[] fiveResponses() {
        return csv("Stakeholder,Group,C13,C13 Comments,Main channel",
                states.get(0) + ",Member States,Significant,\"Good, overall\",Email",
                states.get(1) + ",MEMBER_STATES,FULL,,meetings",
                states.get(2) + ",member states,2,,",
                states.get(3) + ",Member States,little,Late,",
                ",Secretariat,3,,Email");
    }

    Map<Integer, String> suggested(long roundId, byte[] bytes) {
        return suggested(roundId, bytes, "responses.csv");
    }

    Map<Integer, String> suggested(long roundId, byte[] bytes, String filename) {
        var preview = imports.preview(reviewer, roundId, filename, bytes);
        assertThat(preview.ok()).isTrue();
        return preview.columns().stream().filter(c -> !c.target().equals("ignore"))
                .collect(Collectors.toMap(SurveyImportPreview.Column::index, SurveyImportPreview.Column::target));
    }

    long responses(long roundId) {
        return jdbc.sql("select count(*) from survey_response where round_id = :r").param("r", roundId).query(Long.class).single();
    }

    long allResponses() {
        return jdbc.sql("select count(*) from survey_response").query(Long.class).single();
    }

    long question(long roundId, QuestionKind kind, Integer commitment) {
        return surveys.round(roundId).questions().stream().filter(q -> q.kind() == kind && java.util.Objects.equals(q.commitment(), commitment))
                .findFirst().orElseThrow().id();
    }

    SurveyStatistics.Summary commitment13(long roundId) {
        return results.results(reviewer, roundId, null).commitments().stream().filter(c -> c.commitment() == 13).findFirst()
                .orElseThrow().overall();
    }

    long openRoundWithChannelQuestion() {
        long id = draftRound(null);
        surveys.addQuestion(reviewer, id, QuestionKind.SINGLE, "Main channel", List.of("Email", "Meetings"));
        surveys.open(reviewer, id, surveys.round(id).lockVersion());
        return id;
    }

    @Test
    void theMappingIsSuggestedFromTheColumnNames() {
        long id = openRoundWithChannelQuestion();
        assertThat(suggested(id, fiveResponses())).isEqualTo(Map.of(0, "stakeholder", 1, "group",
                2, "q" + question(id, QuestionKind.PERCEPTION, 13), 3, "q" + question(id, QuestionKind.COMMENT, 13),
                4, "q" + question(id, QuestionKind.SINGLE, null)));
    }

    @Test
    void aFileWithErrorsWritesNothingAndReportsEveryError() {
        long id = openRoundWithChannelQuestion();
        byte[] file = csv("stakeholder,group,c13,c13_comment,Main channel",
                states.get(0) + ",MEMBER_STATES,SOME,,Email",
                "ZZZ9,MEMBER_STATES,Significant,,",
                states.get(0) + ",,5,,Fax",
                ",SECRETARIAT,,=cmd,");
        long before = allResponses();

        var result = imports.importResponses(reviewer, id, "responses.csv", file, suggested(id, file), false);

        assertThat(result.ok()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.errors()).extracting(CellError::row, CellError::column).containsExactly(
                tuple(3, "stakeholder"), tuple(4, "stakeholder"), tuple(4, "group"), tuple(4, "c13"), tuple(4, "Main channel"),
                tuple(5, "c13_comment"));
        assertThat(InEnglish.text(result.errors().get(1).message())).isEqualTo(states.get(0) + " appears twice in the file: already in row 2");
        assertThat(allResponses()).isEqualTo(before);
        assertThat(responses(id)).isZero();
    }

    @Test
    void aDryRunChecksEverythingButWritesNothing() {
        long id = openRoundWithChannelQuestion();
        long before = allResponses();

        var result = imports.importResponses(reviewer, id, "responses.csv", fiveResponses(), suggested(id, fiveResponses()), true);

        assertThat(result.ok()).isTrue();
        assertThat(result.dryRun()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.imported()).isZero();
        assertThat(allResponses()).isEqualTo(before);
    }

    @Test
    void aCorrectFileBecomesSubmittedResponsesThatCountInTheResults() {
        long id = openRoundWithChannelQuestion();

        var result = imports.importResponses(reviewer, id, "responses.csv", fiveResponses(), suggested(id, fiveResponses()), false);

        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(5);
        assertThat(jdbc.sql("""
                select s.code, r.respondent_group, r.state, r.source, r.invitation_id, r.submitted_at is not null
                from survey_response r left join stakeholder s on s.id = r.stakeholder_id where r.round_id = :r order by r.id
                """).param("r", id).query((rs, i) -> List.of(String.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getString(4), String.valueOf(rs.getObject(5)), rs.getBoolean(6))).list()).containsExactly(
                List.of(states.get(0), "MEMBER_STATES", "SUBMITTED", "IMPORT", "null", true),
                List.of(states.get(1), "MEMBER_STATES", "SUBMITTED", "IMPORT", "null", true),
                List.of(states.get(2), "MEMBER_STATES", "SUBMITTED", "IMPORT", "null", true),
                List.of(states.get(3), "MEMBER_STATES", "SUBMITTED", "IMPORT", "null", true),
                List.of("null", "SECRETARIAT", "SUBMITTED", "IMPORT", "null", true));
        var overall = commitment13(id);
        assertThat(overall.respondents()).isEqualTo(5);
        assertThat(overall.meanScore()).isEqualByComparingTo("2.6");
        assertThat(overall.distribution()).containsEntry(Perception.LITTLE, 1).containsEntry(Perception.SOME, 1)
                .containsEntry(Perception.SIGNIFICANT, 2).containsEntry(Perception.FULL, 1);
        assertThat(jdbc.sql("""
                select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                where r.round_id = :r and a.question_id = :q and a.choice = 'Meetings'
                """).param("r", id).param("q", question(id, QuestionKind.SINGLE, null)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select detail from audit_event where action = 'IMPORT_SURVEY_RESPONSES' and entity_id = :r and outcome = 'SUCCESS'
                """).param("r", String.valueOf(id)).query(String.class).list()).containsExactly("5 responses from responses.csv");
    }

    @Test
    void stakeholdersWhoHaveAnsweredCannotBeImportedAgain() {
        long id = openRoundWithChannelQuestion();
        imports.importResponses(reviewer, id, "responses.csv", fiveResponses(), suggested(id, fiveResponses()), false);

        var again = imports.importResponses(reviewer, id, "responses.csv", fiveResponses(), suggested(id, fiveResponses()), false);

        assertThat(again.errors()).extracting(CellError::row, e -> InEnglish.text(e.message())).containsExactly(
                tuple(2, states.get(0) + " already has a submitted response in this round"),
                tuple(3, states.get(1) + " already has a submitted response in this round"),
                tuple(4, states.get(2) + " already has a submitted response in this round"),
                tuple(5, states.get(3) + " already has a submitted response in this round"));
        assertThat(responses(id)).isEqualTo(5);
    }

    @Test
    void theExportOfARoundImportsIntoItsCopyWithNoManualMapping() throws IOException {
        long original = openRoundWithChannelQuestion();
        imports.importResponses(reviewer, original, "responses.csv", fiveResponses(), suggested(original, fiveResponses()), false);
        var exported = new StringWriter();
        export.csv(reviewer, original, exported);
        long copy = openRound(original);
        byte[] file = exported.toString().getBytes(StandardCharsets.UTF_8);

        var preview = imports.preview(reviewer, copy, "a4p-survey-responses.csv", file);

        var round = surveys.round(copy);
        assertThat(preview.columns()).hasSize(5 + round.questions().size());
        assertThat(preview.columns().subList(0, 5)).extracting(SurveyImportPreview.Column::target)
                .containsExactly("ignore", "stakeholder", "group", "ignore", "ignore");
        assertThat(preview.columns().subList(5, preview.columns().size())).extracting(SurveyImportPreview.Column::target)
                .containsExactlyElementsOf(round.questions().stream().map(q -> "q" + q.id()).toList());

        var result = imports.importResponses(reviewer, copy, "a4p-survey-responses.csv", file, suggested(copy, file), false);

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(5);
        assertThat(commitment13(copy).respondents()).isEqualTo(5);
        assertThat(commitment13(copy).meanScore()).isEqualByComparingTo("2.6");
        assertThat(jdbc.sql("""
                select a.text_value from survey_answer a join survey_response r on r.id = a.response_id
                where r.round_id = :r and a.question_id = :q order by a.text_value
                """).param("r", copy).param("q", question(copy, QuestionKind.COMMENT, 13)).query(String.class).list())
                .containsExactly("Good, overall", "Late");
    }

    @Test
    void onlyReviewersImportAndOnlyIntoAnOpenOrClosedRound() {
        long draft = draftRound(null);
        assertThatThrownBy(() -> imports.preview(reviewer, draft, "r.csv", fiveResponses())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("still being prepared");
        long published = openRound(null);
        surveys.close(reviewer, published, surveys.round(published).lockVersion());
        surveys.publish(reviewer, published, surveys.round(published).lockVersion());
        assertThatThrownBy(() -> imports.importResponses(reviewer, published, "r.csv", fiveResponses(), Map.of(1, "group", 2, "q1"), false))
                .isInstanceOf(ConflictException.class).hasMessageContaining("published");
        long closed = openRound(null);
        surveys.close(reviewer, closed, surveys.round(closed).lockVersion());
        assertThat(imports.importable(reviewer, closed).state()).isEqualTo(RoundState.CLOSED);
        var focalPoint = new CurrentUser(reviewer.id(), "someone@example.org", "Not a reviewer", false, false, Set.of(1L));
        assertThatThrownBy(() -> imports.preview(focalPoint, closed, "r.csv", fiveResponses())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWorkbookWithNumericCellsImportsLikeACsvFile() throws IOException {
        long id = openRound(null);
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Responses");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("group");
            header.createCell(1).setCellValue("c13_perception");
            for (int i = 0; i < 5; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue("Secretariat");
                row.createCell(1).setCellValue(i);
            }
            workbook.write(out);
            file = out.toByteArray();
        }

        var result = imports.importResponses(reviewer, id, "tool.xlsx", file, suggested(id, file, "tool.xlsx"), false);

        assertThat(result.errors()).isEmpty();
        assertThat(commitment13(id).respondents()).isEqualTo(5);
        assertThat(commitment13(id).meanScore()).isEqualByComparingTo("2");
    }

    @Test
    void anUnreadableFileIsSaidAndNotKept() {
        long id = openRound(null);
        var preview = imports.preview(reviewer, id, "responses.txt", csv("group,c13", "MISSIONS,1"));
        assertThat(preview.ok()).isFalse();
        assertThat(InEnglish.text(preview.problem())).isEqualTo("only .csv and .xlsx files can be imported");
        var tooLarge = imports.preview(reviewer, id, "r.csv", new byte[SurveyImportService.MAX_BYTES + 1]);
        assertThat(InEnglish.text(tooLarge.problem())).isEqualTo("the file is larger than the 5 MB limit");
    }
}
