package org.a4ptracker.survey;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a4ptracker.shared.CellError;
import org.a4ptracker.shared.Sheet;
import org.a4ptracker.shared.SheetCell;
import org.a4ptracker.shared.SheetReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SurveyImportValidatorTest {

    static final String FORMULA = "looks like a spreadsheet formula; remove the leading \"=\" (or + - @)";

    static Round.Question q(long id, int position, QuestionKind kind, Integer commitment, String text, String... options) {
        return new Round.Question(id, position, kind, commitment, text, List.of(options));
    }

    static final List<Round.Question> QUESTIONS = List.of(
            q(101, 1, QuestionKind.PERCEPTION, 13, SurveyService.PERCEPTION),
            q(102, 2, QuestionKind.COMMENT, 13, SurveyService.COMMENT),
            q(103, 3, QuestionKind.ACTIONS, 13, SurveyService.ACTIONS),
            q(104, 4, QuestionKind.PERCEPTION, 14, SurveyService.PERCEPTION),
            q(201, 5, QuestionKind.SINGLE, null, "Main channel", "Email", "Meetings", "Reports"),
            q(202, 6, QuestionKind.MULTIPLE, null, "Topics", "Training", "Funding", "Policy, doctrine"),
            q(203, 7, QuestionKind.NUMBER, null, "Staff trained"),
            q(204, 8, QuestionKind.TEXT, null, "Anything else"));

    static final Round ROUND = round(1, QUESTIONS);

    static Round round(long id, List<Round.Question> questions) {
        return new Round(id, "Round", null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), RoundState.OPEN,
                List.of(RespondentGroup.MEMBER_STATES, RespondentGroup.MISSIONS), null, 1, false, questions);
    }

    /** GHA 1, SEN 2, MINUSCA 3; MINUSCA has answered already. */
    final SurveyImportValidator validator = new SurveyImportValidator(ROUND, Map.of("GHA", 1L, "SEN", 2L, "MINUSCA", 3L), Set.of(3L));

    static Sheet csv(String... lines) {
        return new SheetReader(1024 * 1024, 1000).read("r.csv",
                new ByteArrayInputStream(String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    static Map<Integer, String> mapping(String... targets) {
        var mapping = new HashMap<Integer, String>();
        for (int i = 0; i < targets.length; i++) {
            mapping.put(i, targets[i]);
        }
        return mapping;
    }

    static final String HEADER = "stakeholder,group,c13,c13_comment,channel,topics,staff,other";
    static final Map<Integer, String> MAPPING = mapping("stakeholder", "group", "q101", "q102", "q201", "q202", "q203", "q204");

    static ResponseRepository.Answer choice(long q, String choice) {
        return new ResponseRepository.Answer(q, choice, null, null, false);
    }

    static ResponseRepository.Answer text(long q, String text) {
        return new ResponseRepository.Answer(q, null, null, text, false);
    }

    static ResponseRepository.Answer number(long q, String number) {
        return new ResponseRepository.Answer(q, null, new BigDecimal(number), null, false);
    }

    @Nested
    class Values {

        @Test
        void perceptionAcceptsNamesLabelsAndScoresInAnyCase() {
            Map<String, Perception> read = new HashMap<>();
            for (String v : List.of("NONE", "none", "Little", "SOME", "significant", "Full", "Don't know", "DON’T KNOW", "DONT_KNOW",
                    "0", "1", "2", "3", "4", " 4 ")) {
                read.put(v, SurveyImportValues.perception(v));
            }
            assertThat(read).containsEntry("NONE", Perception.NONE).containsEntry("none", Perception.NONE)
                    .containsEntry("Little", Perception.LITTLE).containsEntry("SOME", Perception.SOME)
                    .containsEntry("significant", Perception.SIGNIFICANT).containsEntry("Full", Perception.FULL)
                    .containsEntry("Don't know", Perception.DONT_KNOW).containsEntry("DON’T KNOW", Perception.DONT_KNOW)
                    .containsEntry("DONT_KNOW", Perception.DONT_KNOW).containsEntry("0", Perception.NONE)
                    .containsEntry("1", Perception.LITTLE).containsEntry("2", Perception.SOME).containsEntry("3", Perception.SIGNIFICANT)
                    .containsEntry("4", Perception.FULL).containsEntry(" 4 ", Perception.FULL);
            for (String bad : List.of("5", "-1", "2.5", "2.0", "maybe", "dont know", "")) {
                assertThat(SurveyImportValues.perception(bad)).as(bad).isNull();
            }
        }

        @Test
        void groupAcceptsNamesAndEnglishLabelsInAnyCase() {
            assertThat(SurveyImportValues.group("MEMBER_STATES")).isEqualTo(RespondentGroup.MEMBER_STATES);
            assertThat(SurveyImportValues.group("member  States")).isEqualTo(RespondentGroup.MEMBER_STATES);
            assertThat(SurveyImportValues.group("Organisations")).isEqualTo(RespondentGroup.ORGANISATIONS);
            assertThat(SurveyImportValues.group("missions")).isEqualTo(RespondentGroup.MISSIONS);
            assertThat(SurveyImportValues.group(" SECRETARIAT ")).isEqualTo(RespondentGroup.SECRETARIAT);
            assertThat(SurveyImportValues.group("States")).isNull();
            assertThat(SurveyImportValues.group("Organizations")).isNull();
        }
    }

    @Nested
    class Suggestions {

        @Test
        void theExportOfThisAppMapsWithNoChange() {
            var names = List.of("response", "stakeholder", "group", "submitted_at", "source", "c13_perception", "c13_comment",
                    "c13_actions", "c14_perception", "q201", "q202", "q203", "q204");
            assertThat(SurveyImportMapping.suggest(names, ROUND, Map.of())).isEqualTo(Map.of(1, "stakeholder", 2, "group",
                    5, "q101", 6, "q102", 7, "q103", 8, "q104", 9, "q201", 10, "q202", 11, "q203", 12, "q204"));
        }

        @Test
        void commonSpellingsAndQuestionTextsMatchOnceEach() {
            var names = List.of("Respondent Group", "Stakeholder code", "C13", "c13_perception", "Commitment 14", "C13 Comments",
                    "c13-actions", "staff trained", "c99", "q999", "Notes");
            assertThat(SurveyImportMapping.suggest(names, ROUND, Map.of())).isEqualTo(Map.of(0, "group", 1, "stakeholder",
                    2, "q101", 4, "q104", 5, "q102", 6, "q103", 7, "q203"));
        }

        @Test
        void customQuestionsOfTheRoundCopiedFromMapByPosition() {
            Round copy = round(2, QUESTIONS.stream().map(x -> q(x.id() + 1000, x.position(), x.kind(), x.commitment(), x.text(),
                    x.options().toArray(String[]::new))).toList());
            var aliases = SurveyImportMapping.aliases(copy, ROUND);
            assertThat(aliases).containsEntry(201L, 1201L).containsEntry(104L, 1104L).hasSize(8);
            assertThat(SurveyImportMapping.suggest(List.of("c13_perception", "q201", "q204"), copy, aliases))
                    .isEqualTo(Map.of(0, "q1101", 1, "q1201", 2, "q1204"));
        }
    }

    @Test
    void validRowsBecomeExactAnswers() {
        var outcome = validator.validate(csv(HEADER,
                "gha,Member States,Significant,\"Good, overall\",meetings,\"Training, Funding\",12,",
                "SEN,MEMBER_STATES,0,,,\"Policy, doctrine;Training\",-5,Plain text",
                ",missions,don't know,,Email,\"Funding\nTraining\",'-2.500000,",
                ",SECRETARIAT,4,,,,,"), MAPPING);

        assertThat(InEnglish.rows(outcome.errors())).isEmpty();
        assertThat(outcome.responses()).containsExactly(
                new SurveyImportValidator.ImportedResponse(2, 1L, RespondentGroup.MEMBER_STATES, List.of(choice(101, "SIGNIFICANT"),
                        text(102, "Good, overall"), choice(201, "Meetings"), choice(202, "Training\nFunding"), number(203, "12"))),
                new SurveyImportValidator.ImportedResponse(3, 2L, RespondentGroup.MEMBER_STATES, List.of(choice(101, "NONE"),
                        choice(202, "Policy, doctrine\nTraining"), number(203, "-5"), text(204, "Plain text"))),
                new SurveyImportValidator.ImportedResponse(4, null, RespondentGroup.MISSIONS, List.of(choice(101, "DONT_KNOW"),
                        choice(201, "Email"), choice(202, "Funding\nTraining"), number(203, "-2.500000"))),
                new SurveyImportValidator.ImportedResponse(5, null, RespondentGroup.SECRETARIAT, List.of(choice(101, "FULL"))));
    }

    @Test
    void everyErrorIsReportedByRowAndColumn() {
        String longText = "x".repeat(4001);
        var outcome = validator.validate(csv(HEADER,
                "XXX,States,6,,Fax,\"Training;Cooking\",\"1,5\"," + longText,
                "GHA,,significant,,,,12 kg,",
                "gha,Missions,Some,,,,,",
                "MINUSCA,MISSIONS,,,,,,Late",
                ",ORGANISATIONS,,,,,,"), MAPPING);

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.responses()).isEmpty();
        assertThat(InEnglish.rows(outcome.errors())).containsExactly(
                new InEnglish.Row(2, "stakeholder", "no stakeholder has the code \"XXX\""),
                new InEnglish.Row(2, "group", "\"States\" is not a respondent group: write MEMBER_STATES, ORGANISATIONS, MISSIONS or "
                        + "SECRETARIAT (or Member States, Organisations, Missions, Secretariat)"),
                new InEnglish.Row(2, "c13", "\"6\" is not a progress level: write None, Little, Some, Significant, Full or Don't know "
                        + "(or 0 to 4, or NONE to DONT_KNOW); leave it empty if not answered"),
                new InEnglish.Row(2, "channel", "\"Fax\" is not one of the options: \"Email\", \"Meetings\", \"Reports\""),
                new InEnglish.Row(2, "topics", "\"Training;Cooking\" is not among the options: \"Training\", \"Funding\", \"Policy, doctrine\""),
                new InEnglish.Row(2, "staff", "\"1,5\" is not a number: write digits, with a dot for decimals (no spaces, units or %)"),
                new InEnglish.Row(2, "other", "the text has 4,001 characters; keep it to 4,000"),
                new InEnglish.Row(3, "group", "the respondent group is required"),
                new InEnglish.Row(3, "staff", "\"12 kg\" is not a number: write digits, with a dot for decimals (no spaces, units or %)"),
                new InEnglish.Row(4, "stakeholder", "gha appears twice in the file: already in row 3"),
                new InEnglish.Row(5, "stakeholder", "MINUSCA already has a submitted response in this round"),
                new InEnglish.Row(6, "row", "the row answers none of the chosen questions"));
    }

    @Test
    void formulaLikeCellsAreRefusedWhereverTheyAreRead() {
        var outcome = validator.validate(csv(HEADER,
                "@GHA,=1+1,+3,=HYPERLINK(1),-Email,,-5,\"- a bullet, not a formula\"",
                "SEN,MEMBER_STATES,2,,,,=2*3,"), MAPPING);

        assertThat(InEnglish.rows(outcome.errors())).containsExactly(
                new InEnglish.Row(2, "stakeholder", FORMULA), new InEnglish.Row(2, "group", FORMULA), new InEnglish.Row(2, "c13", FORMULA),
                new InEnglish.Row(2, "c13_comment", FORMULA), new InEnglish.Row(2, "channel", FORMULA),
                new InEnglish.Row(3, "staff", FORMULA));
    }

    @Test
    void aFormulaCellOfAWorkbookIsRefusedAndIgnoredColumnsAreNotRead() {
        var sheet = new Sheet(List.of(SheetCell.of("group"), SheetCell.of("c13"), SheetCell.of("note")), List.of(
                new Sheet.Row(2, List.of(SheetCell.of("MISSIONS"), SheetCell.formula("A1+1"), SheetCell.of("=ignored"))),
                new Sheet.Row(3, List.of(SheetCell.of("MISSIONS"), SheetCell.of("SOME"), SheetCell.formula("SUM(A1:A2)")))));

        var outcome = validator.validate(sheet, mapping("group", "q101", "ignore"));

        assertThat(InEnglish.rows(outcome.errors())).containsExactly(new InEnglish.Row(2, "c13", FORMULA));
        assertThat(outcome.responses()).extracting(SurveyImportValidator.ImportedResponse::row).containsExactly(3);
    }

    @Test
    void aWrongMappingIsReportedBeforeAnyRowIsRead() {
        var outcome = validator.validate(csv("a,b,c,d", "x,y,z,w"), mapping("q101", "q101", "q999", "stakeholder"));

        assertThat(InEnglish.rows(outcome.errors())).containsExactly(
                new InEnglish.Row(0, "file", "choose the column that holds the respondent group"),
                new InEnglish.Row(0, "b", "the same choice is already made for the column \"a\": choose it for one column only"),
                new InEnglish.Row(0, "c", "\"q999\" is not something a column can be imported as"));
        assertThat(InEnglish.rows(validator.validate(csv("group,c13", "MISSIONS,1"), mapping("group")).errors()))
                .containsExactly(new InEnglish.Row(0, "file", "choose at least one column of answers to a question"));
    }

    @Test
    void aFileWithoutRowsAndColumnsWithoutNameAreSaid() {
        assertThat(InEnglish.rows(validator.validate(csv("group,c13"), mapping("group", "q101")).errors()))
                .containsExactly(new InEnglish.Row(0, "file", "the file holds no responses: add one response per row below the column names"));
        var sheet = csv("group,,c13", "MISSIONS,Little,", "MISSIONS,,SOME,oops");
        assertThat(SurveyImportValidator.columnNames(sheet)).containsExactly("group", "column 2", "c13", "column 4");
        var outcome = validator.validate(sheet, mapping("group", "q104", "q101", "q204"));
        assertThat(InEnglish.rows(outcome.errors())).isEmpty();
        assertThat(outcome.responses()).extracting(SurveyImportValidator.ImportedResponse::answers).containsExactly(
                List.of(choice(104, "LITTLE")), List.of(choice(101, "SOME"), text(204, "oops")));
    }
}
