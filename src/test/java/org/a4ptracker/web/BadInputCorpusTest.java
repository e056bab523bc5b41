package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.a4ptracker.identity.ApiTokenService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.support.BadInput;
import org.a4ptracker.support.H2Test;
import org.a4ptracker.support.TestAccounts;
import org.a4ptracker.survey.QuestionKind;
import org.a4ptracker.survey.RespondentGroup;
import org.a4ptracker.survey.RoundForm;
import org.a4ptracker.survey.SurveyImportService;
import org.a4ptracker.survey.SurveyService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON write endpoint and every import, run against the corpus of hostile text in
 * src/test/resources/bad-input/strings.tsv: refused text answers 400 (or an import error) naming the field and
 * writes nothing; harmless text is stored exactly as sent. No sample may ever end in a 5xx.
 */
@H2Test
class BadInputCorpusTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> WRITTEN = List.of("action", "action_version", "action_attachment", "indicator_value", "api_token",
            "app_user", "survey_response", "survey_answer");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    SurveyService surveys;
    @Autowired
    SurveyImportService surveyImports;

    String ghana;
    String minusca;
    String reviewer;
    CurrentUser reviewerUser;
    String admin;

    @BeforeEach
    void accounts() {
        var accounts = new TestAccounts(jdbc);
        ghana = token(accounts.focalPointOf("GHA"));
        minusca = token(accounts.focalPointOf("MINUSCA"));
        reviewerUser = accounts.reviewer();
        reviewer = token(reviewerUser);
        admin = token(accounts.administrator());
    }

    private String token(CurrentUser user) {
        return tokens.create(user, "corpus").secret();
    }

    private long written() {
        return WRITTEN.stream().mapToLong(t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()).sum();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, Object body) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))).andReturn().getResponse();
    }

    /** Refused: 400 naming {@code field} (as the problem's parameter or an error's field), and nothing written. */
    private void refused(BadInput.Sample s, String field, long before, MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(s + " in " + field).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).as(s + " in " + field).contains(field);
        assertThat(written()).as(s + " in " + field + ": nothing written").isEqualTo(before);
    }

    private static Map<String, Object> content(String title, String description) {
        return Map.of("title", title, "description", description, "status", "PLANNED", "reportingCycle", 2026, "commitments", List.of(1));
    }

    private long createAction() throws Exception {
        var r = send(post("/api/v1/workspace/GHA/actions"), ghana, content("Corpus action", "Described"));
        return JSON.readTree(r.getContentAsString()).get("id").asLong();
    }

    @Test
    void actionTitlesDescriptionsAndReasons() throws Exception {
        long id = createAction();
        for (var s : BadInput.samples()) {
            for (var field : List.of("title", "description")) {
                boolean title = field.equals("title");
                var body = content(title ? s.text() : "Title", title ? "Description" : s.text());
                long before = written();
                var created = send(post("/api/v1/workspace/GHA/actions"), ghana, body);
                var edited = send(put("/api/v1/actions/" + id), ghana, Map.of("lockVersion", lockVersion(id), "content", body));
                if (s.refusedIn(title)) {
                    refused(s, field, before, created);
                    refused(s, field, before, edited);
                } else {
                    assertThat(created.getStatus()).as(s + " in " + field).isEqualTo(201);
                    long newId = JSON.readTree(created.getContentAsString()).get("id").asLong();
                    assertThat(detail(newId).at("/current/content/" + field).asString()).as(s + " in " + field).isEqualTo(s.text());
                    assertThat(edited.getStatus()).as(s + " in " + field).isEqualTo(200);
                }
            }
            if (s.refusedIn(false)) {
                long before = written();
                refused(s, "reason", before, send(post("/api/v1/actions/" + id + "/withdraw"), ghana,
                        Map.of("lockVersion", lockVersion(id), "reason", s.text())));
            }
        }
    }

    private JsonNode detail(long id) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/v1/actions/" + id).header("Authorization", "Bearer " + ghana))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private int lockVersion(long id) throws Exception {
        return detail(id).get("lockVersion").asInt();
    }

    /**
     * The reviewer's return reason, the administrator's unlock reason, the evidence links of an action (API and
     * import) and the text given to the commitment suggestions: refused text answers 400 naming the field.
     */
    @Test
    void reviewReasonsUnlockReasonsEvidenceLinksAndSuggestions() throws Exception {
        long id = createAction();
        assertThat(send(post("/api/v1/actions/" + id + "/submit"), ghana, Map.of("lockVersion", lockVersion(id))).getStatus())
                .isEqualTo(200);
        for (var s : BadInput.samples()) {
            String link = "https://example.org/report-" + s.text();
            var body = Map.of("title", "Linked", "description", "Described", "status", "PLANNED", "reportingCycle", 2026,
                    "commitments", List.of(1), "evidenceLinks", List.of(link));
            var byTitle = send(post("/api/v1/commitments/suggest"), ghana, Map.of("title", s.text(), "description", "Training"));
            var byDescription = send(post("/api/v1/commitments/suggest"), ghana, Map.of("title", "Training", "description", s.text()));
            if (s.refusedIn(true)) {
                refused(s, "title", written(), byTitle);
            } else {
                assertThat(byTitle.getStatus()).as(s.name()).isEqualTo(200);
            }
            if (s.refusedIn(false)) {
                long before = written();
                refused(s, "reason", before, send(post("/api/v1/actions/" + id + "/return"), reviewer,
                        Map.of("lockVersion", lockVersion(id), "reason", s.text())));
                refused(s, "reason", before, send(post("/api/v1/indicator-entry/MINUSCA/2031-Q3/unlock"), admin,
                        Map.of("lockVersion", 0, "reason", s.text())));
                refused(s, "description", before, byDescription);
            } else {
                assertThat(byDescription.getStatus()).as(s.name()).isEqualTo(200);
            }
            if (s.refusedIn(true) && !s.name().startsWith("hundred")) {
                long before = written();
                refused(s, "evidenceLinks", before, send(post("/api/v1/workspace/GHA/actions"), ghana, body));
                var imported = upload("/api/v1/workspace/GHA/import", ghana, csv(List.of("title", "description", "commitments",
                        "status", "reporting_cycle", "evidence_links"), List.of("Imported", "Described", "1", "planned", "2026", link)));
                assertThat(errorColumns(imported)).as(s.name()).contains("evidence_links");
                assertThat(written()).as(s.name()).isEqualTo(before);
            }
        }
        assertThat(detail(id).get("state").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void attachmentNames() throws Exception {
        long id = createAction();
        for (var s : BadInput.samples()) {
            long before = written();
            var r = mvc.perform(multipart("/api/v1/actions/" + id + "/attachments")
                    .file(new MockMultipartFile("file", s.text() + ".txt", "text/plain", "evidence".getBytes(StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + ghana)).andReturn().getResponse();
            if (s.refusedIn(true)) {
                refused(s, "file", before, r);
            } else {
                assertThat(r.getStatus()).as(s.name()).isEqualTo(201);
            }
        }
    }

    @Test
    void indicatorNotesAndReasons() throws Exception {
        for (var s : BadInput.samples()) {
            long before = written();
            var r = send(put("/api/v1/indicator-entry/MINUSCA/2031-Q2"), minusca,
                    List.of(Map.of("indicator", "CASEVAC_TOTAL", "disaggregation", "_T", "amount", 3, "note", s.text())));
            if (s.refusedIn(false)) {
                refused(s, "note", before, r);
                refused(s, "reason", before, send(post("/api/v1/indicator-entry/MINUSCA/2031-Q2/return"), reviewer,
                        Map.of("lockVersion", 0, "reason", s.text())));
            } else {
                assertThat(r.getStatus()).as(s.name()).isEqualTo(200);
                assertThat(JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8)).findValues("note").stream()
                        .map(JsonNode::asString)).as(s.name()).contains(s.text());
            }
        }
    }

    @Test
    void tokenNamesAndAccountNames() throws Exception {
        for (var s : BadInput.samples()) {
            long before = written();
            var token = send(post("/api/v1/account/tokens"), ghana, Map.of("name", s.text()));
            var account = send(post("/api/v1/admin/users"), admin, Map.of("email", "corpus-" + UUID.randomUUID() + "@example.org",
                    "displayName", s.text(), "reviewer", false, "administrator", false, "stakeholderCodes", List.of()));
            if (s.refusedIn(true)) {
                refused(s, "name", before, token);
                refused(s, "displayName", before, account);
            } else {
                assertThat(token.getStatus()).as(s.name()).isBetween(200, 201);
                assertThat(account.getStatus()).as(s.name()).isBetween(200, 201);
            }
        }
    }

    private static byte[] csv(List<String> header, List<?> row) throws Exception {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header);
            printer.printRecord(row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private JsonNode upload(String path, String token, byte[] file) throws Exception {
        var r = mvc.perform(multipart(path).file(new MockMultipartFile("file", "corpus.csv", "text/csv", file))
                .header("Authorization", "Bearer " + token)).andReturn().getResponse();
        assertThat(r.getStatus()).isLessThan(500);
        return JSON.readTree(r.getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<String> errorColumns(JsonNode result) {
        return result.get("errors").valueStream().map(e -> e.get("column").asString()).toList();
    }

    @Test
    void actionAndIndicatorImports() throws Exception {
        for (var s : BadInput.samples()) {
            long before = written();
            var actions = upload("/api/v1/workspace/GHA/import", ghana, csv(List.of("title", "description", "commitments", "status",
                    "reporting_cycle"), List.of("Imported", s.text(), "1", "planned", "2026")));
            var values = upload("/api/v1/indicator-entry/MINUSCA/import", minusca, csv(List.of("indicator", "period", "disaggregation",
                    "value", "not_applicable", "note"), List.of("CASEVAC_TOTAL", "2032-Q1", "", "4", "", s.text())));
            if (s.refusedIn(false)) {
                assertThat(errorColumns(actions)).as(s.name()).contains("description");
                assertThat(errorColumns(values)).as(s.name()).contains("note");
                assertThat(written()).as(s.name()).isEqualTo(before);
            } else if (!s.name().equals("formula")) {
                assertThat(actions.get("imported").asInt()).as(s.name()).isEqualTo(1);
                assertThat(errorColumns(values)).as(s.name()).isEmpty();
            } else {
                // formula-like text is refused by imports (it would run in a spreadsheet), with the column named
                assertThat(errorColumns(actions)).containsExactly("description");
            }
        }
    }

    @Test
    void surveyResponseImports() {
        var me = reviewerUser;
        long round = surveys.create(me, new RoundForm("Corpus " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusDays(9),
                List.of(RespondentGroup.MISSIONS), null));
        surveys.open(me, round, 0);
        long comment = surveys.round(round).questions().stream().filter(q -> q.kind() == QuestionKind.COMMENT && q.commitment() == 13)
                .findFirst().orElseThrow().id();
        for (var s : BadInput.samples()) {
            long before = written();
            byte[] file;
            try {
                file = csv(List.of("Respondent group", "Notes"), List.of("Missions", s.text()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            var result = surveyImports.importResponses(me, round, "corpus.csv", file, Map.of(0, "group", 1, "q" + comment), false);
            if (s.refusedIn(false)) {
                assertThat(result.errors()).as(s.name()).anyMatch(e -> e.column().equals("Notes"));
                assertThat(written()).as(s.name()).isEqualTo(before);
            } else if (!s.name().equals("formula")) {
                assertThat(result.errors()).as(s.name()).isEmpty();
                assertThat(result.imported()).as(s.name()).isEqualTo(1);
            }
        }
    }
}
