package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionImportTemplate;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.action.AttachmentService;
import org.a4ptracker.identity.AccountPrincipal;
import org.a4ptracker.identity.AccountService;
import org.a4ptracker.identity.ApiTokenService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.identity.NewAccount;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The access matrix: every endpoint that changes data or shows unpublished data, page and JSON API,
 * against every role. Each cell states its expected answer explicitly; each cell builds its own fresh
 * fixture (a new action, account or token), checks the effect (or its absence) in the database, and,
 * for every refusal made by the service layer, that a DENIED audit event names the refused account.
 *
 * <p>Runs on its own in-memory database so that the actions, accounts and tokens it creates do not
 * show up in the counts other tests make on the shared sample database.
 */
@H2Test
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:a4p-access-matrix;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    static final String PASSWORD = "sample-password-2026";

    enum Role {
        ANONYMOUS(null),
        GHA_FOCAL_POINT("focal.point@example.org"),
        FRA_FOCAL_POINT("fra.focal.point@example.org"),
        REVIEWER("reviewer@example.org"),
        ADMINISTRATOR("admin@example.org");

        final String email;

        Role(String email) {
            this.email = email;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AccountService accounts;
    @Autowired
    ActionService actions;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    StakeholderService stakeholders;
    @Autowired
    AttachmentService attachments;

    private final Map<Role, AccountPrincipal> principals = new EnumMap<>(Role.class);
    private final AtomicInteger sequence = new AtomicInteger();
    private long gha;

    @BeforeAll
    void accounts() {
        assertThat(jdbc.sql("select database()").query(String.class).single()).isEqualToIgnoringCase("a4p-access-matrix");
        CurrentUser admin = principal("admin@example.org").user();
        if (jdbc.sql("select count(*) from app_user where email = :e").param("e", Role.FRA_FOCAL_POINT.email)
                .query(Long.class).single() == 0) {
            accounts.create(admin, new NewAccount(Role.FRA_FOCAL_POINT.email, "Focal Point, France", false, false, List.of("FRA")));
        }
        for (Role role : Role.values()) {
            if (role.email != null) {
                principals.put(role, principal(role.email));
            }
        }
        gha = stakeholders.summary("GHA").id();
        assertThat(principals.get(Role.GHA_FOCAL_POINT).user().stakeholderIds()).containsExactly(gha);
        assertThat(principals.get(Role.FRA_FOCAL_POINT).user().stakeholderIds())
                .containsExactly(stakeholders.summary("FRA").id());
        assertThat(principals.get(Role.REVIEWER).user().reviewer()).isTrue();
        assertThat(principals.get(Role.REVIEWER).user().administrator()).isFalse();
        assertThat(principals.get(Role.ADMINISTRATOR).user().administrator()).isTrue();
        assertThat(principals.get(Role.ADMINISTRATOR).user().reviewer()).isFalse();
    }

    // ------------------------------------------------------------------------------------------------
    // The matrix
    // ------------------------------------------------------------------------------------------------

    @TestFactory
    @DisplayName("access matrix")
    Stream<DynamicNode> matrix() {
        return endpoints().stream().map(e -> DynamicContainer.dynamicContainer(e.name(),
                e.expected().entrySet().stream().map(cell -> DynamicTest.dynamicTest(
                        cell.getKey() + " → " + cell.getValue().label(), () -> run(e, cell.getKey(), cell.getValue())))));
    }

    List<Endpoint> endpoints() {
        var list = new ArrayList<Endpoint>();

        // --- Workspace: reading a stakeholder's unpublished work ---------------------------------------------------------
        list.add(new Endpoint("GET /workspace (page)", this::none,
                f -> get("/workspace"), noEffect(),
                matrix(login(), redirect("/workspace/GHA"), redirect("/workspace/FRA"), redirect("/review"), forbidden())));
        list.add(new Endpoint("GET /workspace/GHA (page)", this::draft,
                f -> get("/workspace/GHA"), noEffect(),
                matrix(login(), ok(f -> content().string(containsString(f.tag()))), denied("READ_WORKSPACE"),
                        ok(f -> content().string(containsString(f.tag()))), ok(f -> content().string(containsString(f.tag()))))));
        list.add(new Endpoint("GET /api/v1/workspace/GHA/actions", this::draft,
                f -> get("/api/v1/workspace/GHA/actions"), noEffect(),
                matrix(unauthorized(), ok(this::listsDraft), denied("READ_WORKSPACE"), ok(this::listsDraft), ok(this::listsDraft))));
        list.add(new Endpoint("GET /actions/{GHA draft} (page)", this::draft,
                f -> get("/actions/" + f.actionId()), noEffect(),
                matrix(notFound(), ok(f -> content().string(containsString(f.tag()))), denied("READ_ACTION"),
                        ok(f -> content().string(containsString(f.tag()))), ok(f -> content().string(containsString(f.tag()))))));
        list.add(new Endpoint("GET /api/v1/actions/{GHA draft}", this::draft,
                f -> get("/api/v1/actions/" + f.actionId()), noEffect(),
                matrix(notFound(), ok(this::showsDraft), denied("READ_ACTION"), ok(this::showsDraft), ok(this::showsDraft))));
        list.add(new Endpoint("GET /actions/{GHA draft}/history (page)", this::draft,
                f -> get("/actions/" + f.actionId() + "/history"), noEffect(),
                // the page loads the action before its history, so the refusal is audited as READ_ACTION
                matrix(login(), ok(f -> content().string(containsString(f.tag()))), denied("READ_ACTION"),
                        ok(f -> content().string(containsString(f.tag()))), ok(f -> content().string(containsString(f.tag()))))));
        list.add(new Endpoint("GET /api/v1/actions/{GHA draft}/history", this::draft,
                f -> get("/api/v1/actions/" + f.actionId() + "/history"), noEffect(),
                matrix(notFound(), ok(this::historyOfDraft), denied("READ_HISTORY"), ok(this::historyOfDraft),
                        ok(this::historyOfDraft))));

        list.add(new Endpoint("GET /actions/{GHA draft}/attachments/{file}", this::draftWithFile,
                f -> get("/actions/" + f.actionId() + "/attachments/" + f.attachmentId()), noEffect(),
                // a file that is not public is "not found" for outsiders
                matrix(notFound(), ok(this::fileContent), notFound(), ok(this::fileContent), ok(this::fileContent))));
        list.add(new Endpoint("GET /api/v1/actions/{GHA published, revision pending}", this::publishedWithRevision,
                f -> get("/api/v1/actions/" + f.actionId()), noEffect(),
                matrix(ok(this::onlyPublishedVersion), ok(this::withRevision), ok(this::onlyPublishedVersion), ok(this::withRevision),
                        ok(this::withRevision))));
        list.add(new Endpoint("GET /actions/{GHA published, revision pending} (page)", this::publishedWithRevision,
                f -> get("/actions/" + f.actionId()), noEffect(),
                matrix(ok(this::pageWithoutRevision), ok(this::pageWithRevision), ok(this::pageWithoutRevision), ok(this::pageWithRevision),
                        ok(this::pageWithRevision))));

        // --- Public downloads of the actions list: the same for everyone, published versions only ----------------------
        for (String format : List.of("csv", "xlsx")) {
            list.add(new Endpoint("GET /api/v1/actions." + format + "?stakeholder=GHA {draft}", this::draft,
                    f -> get("/api/v1/actions." + format).param("stakeholder", "GHA"), noEffect(),
                    matrix(ok(this::downloadWithout), ok(this::downloadWithout), ok(this::downloadWithout), ok(this::downloadWithout),
                            ok(this::downloadWithout))));
            list.add(new Endpoint("GET /api/v1/actions." + format + "?stakeholder=GHA {published, revision pending}",
                    this::publishedWithRevision, f -> get("/api/v1/actions." + format).param("stakeholder", "GHA"), noEffect(),
                    matrix(ok(this::downloadWithPublishedOnly), ok(this::downloadWithPublishedOnly), ok(this::downloadWithPublishedOnly),
                            ok(this::downloadWithPublishedOnly), ok(this::downloadWithPublishedOnly))));
        }

        // --- Creating actions for GHA ---------------------------------------------------------------------------------
        list.add(new Endpoint("POST /workspace/GHA/actions (page)", this::none,
                f -> form(post("/workspace/GHA/actions").with(csrf()), f.tag(), null), actionTitled(),
                matrix(login(), redirect("/actions/\\d+\\?saved"), denied("CREATE_ACTION"), denied("CREATE_ACTION"),
                        denied("CREATE_ACTION"))));
        list.add(new Endpoint("POST /api/v1/workspace/GHA/actions", this::none,
                f -> json(post("/api/v1/workspace/GHA/actions").with(csrf()), contentJson(f.tag())), actionTitled(),
                matrix(unauthorized(), created(f -> jsonPath("$.id").isNumber()), denied("CREATE_ACTION"), denied("CREATE_ACTION"),
                        denied("CREATE_ACTION"))));

        // --- Editing a GHA draft ------------------------------------------------------------------------------------
        list.add(new Endpoint("POST /actions/{GHA draft}/edit (page)", this::draft,
                f -> form(post("/actions/" + f.actionId() + "/edit").with(csrf()), f.tag() + " edited", f.lockVersion()),
                currentTitle(" edited"),
                // the page loads the action before saving it: an outsider is refused at READ_ACTION
                matrix(login(), redirect("/actions/\\d+\\?saved"), denied("READ_ACTION"), denied("EDIT_ACTION"),
                        denied("EDIT_ACTION"))));
        list.add(new Endpoint("PUT /api/v1/actions/{GHA draft}", this::draft,
                f -> json(put("/api/v1/actions/" + f.actionId()).with(csrf()),
                        "{\"lockVersion\":" + f.lockVersion() + ",\"content\":" + contentJson(f.tag() + " edited") + "}"),
                currentTitle(" edited"),
                matrix(unauthorized(), ok(f -> jsonPath("$.current.content.title").value(f.tag() + " edited")),
                        denied("EDIT_ACTION"), denied("EDIT_ACTION"), denied("EDIT_ACTION"))));

        // --- Workflow transitions -----------------------------------------------------------------------------------
        list.add(new Endpoint("POST /actions/{GHA draft}/submit (page)", this::draft,
                f -> post("/actions/" + f.actionId() + "/submit").with(csrf()).param("lockVersion", "" + f.lockVersion()),
                state("SUBMITTED", "DRAFT"),
                matrix(login(), redirect("/actions/\\d+"), denied("SUBMIT_ACTION"), denied("SUBMIT_ACTION"), denied("SUBMIT_ACTION"))));
        list.add(new Endpoint("POST /api/v1/actions/{GHA draft}/submit", this::draft,
                f -> json(post("/api/v1/actions/" + f.actionId() + "/submit").with(csrf()), "{\"lockVersion\":" + f.lockVersion() + "}"),
                state("SUBMITTED", "DRAFT"),
                matrix(unauthorized(), ok(f -> jsonPath("$.state").value("SUBMITTED")), denied("SUBMIT_ACTION"),
                        denied("SUBMIT_ACTION"), denied("SUBMIT_ACTION"))));
        list.add(new Endpoint("POST /actions/{GHA submission}/return (page)", this::submitted,
                f -> post("/actions/" + f.actionId() + "/return").with(csrf()).param("lockVersion", "" + f.lockVersion())
                        .param("reason", "Add figures " + f.tag()),
                state("RETURNED", "SUBMITTED"),
                matrix(login(), denied("RETURN_ACTION"), denied("RETURN_ACTION"), redirect("/actions/\\d+"), denied("RETURN_ACTION"))));
        list.add(new Endpoint("POST /api/v1/actions/{GHA submission}/return", this::submitted,
                f -> json(post("/api/v1/actions/" + f.actionId() + "/return").with(csrf()),
                        "{\"lockVersion\":" + f.lockVersion() + ",\"reason\":\"Add figures\"}"),
                state("RETURNED", "SUBMITTED"),
                matrix(unauthorized(), denied("RETURN_ACTION"), denied("RETURN_ACTION"),
                        ok(f -> jsonPath("$.state").value("RETURNED")), denied("RETURN_ACTION"))));
        list.add(new Endpoint("POST /actions/{GHA submission}/publish (page)", this::submitted,
                f -> post("/actions/" + f.actionId() + "/publish").with(csrf()).param("lockVersion", "" + f.lockVersion()),
                state("PUBLISHED", "SUBMITTED"),
                matrix(login(), denied("PUBLISH_ACTION"), denied("PUBLISH_ACTION"), redirect("/actions/\\d+"),
                        denied("PUBLISH_ACTION"))));
        list.add(new Endpoint("POST /api/v1/actions/{GHA submission}/publish", this::submitted,
                f -> json(post("/api/v1/actions/" + f.actionId() + "/publish").with(csrf()), "{\"lockVersion\":" + f.lockVersion() + "}"),
                state("PUBLISHED", "SUBMITTED"),
                matrix(unauthorized(), denied("PUBLISH_ACTION"), denied("PUBLISH_ACTION"),
                        ok(f -> jsonPath("$.state").value("PUBLISHED")), denied("PUBLISH_ACTION"))));
        list.add(new Endpoint("POST /actions/{GHA published}/withdraw (page)", this::published,
                f -> post("/actions/" + f.actionId() + "/withdraw").with(csrf()).param("lockVersion", "" + f.lockVersion())
                        .param("reason", "Duplicate " + f.tag()),
                state("WITHDRAWN", "PUBLISHED"),
                matrix(login(), redirect("/actions/\\d+"), denied("WITHDRAW_ACTION"), redirect("/actions/\\d+"),
                        denied("WITHDRAW_ACTION"))));
        list.add(new Endpoint("POST /api/v1/actions/{GHA published}/withdraw", this::published,
                f -> json(post("/api/v1/actions/" + f.actionId() + "/withdraw").with(csrf()),
                        "{\"lockVersion\":" + f.lockVersion() + ",\"reason\":\"Duplicate\"}"),
                state("WITHDRAWN", "PUBLISHED"),
                matrix(unauthorized(), ok(f -> jsonPath("$.state").value("WITHDRAWN")), denied("WITHDRAW_ACTION"),
                        ok(f -> jsonPath("$.state").value("WITHDRAWN")), denied("WITHDRAW_ACTION"))));

        // --- Import (dry run) and attachments --------------------------------------------------------------------------
        list.add(new Endpoint("POST /workspace/GHA/import dryRun (page)", this::none,
                f -> multipart("/workspace/GHA/import").file(importFile(f.tag())).param("dryRun", "true").with(csrf()),
                actionTitledNever(),
                matrix(login(), ok(f -> content().string(containsString("The file is correct: 1 rows can be imported"))), denied("IMPORT_ACTIONS"),
                        denied("IMPORT_ACTIONS"), denied("IMPORT_ACTIONS"))));
        list.add(new Endpoint("POST /api/v1/workspace/GHA/import?dryRun=true", this::none,
                f -> multipart("/api/v1/workspace/GHA/import").file(importFile(f.tag())).param("dryRun", "true").with(csrf()),
                actionTitledNever(),
                matrix(unauthorized(), ok(f -> result -> {
                            jsonPath("$.dryRun").value(true).match(result);
                            jsonPath("$.rowsRead").value(1).match(result);
                            jsonPath("$.errors").isEmpty().match(result);
                            jsonPath("$.imported").value(0).match(result);
                        }), denied("IMPORT_ACTIONS"), denied("IMPORT_ACTIONS"), denied("IMPORT_ACTIONS"))));
        list.add(new Endpoint("POST /actions/{GHA draft}/attachments (page)", this::draft,
                f -> multipart("/actions/" + f.actionId() + "/attachments")
                        .file(new MockMultipartFile("file", f.tag() + ".txt", "text/plain", "evidence".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()),
                attachment(),
                matrix(login(), redirect("/actions/\\d+"), denied("ATTACH_FILE"), denied("ATTACH_FILE"), denied("ATTACH_FILE"))));

        // --- Review queue ----------------------------------------------------------------------------------------------
        list.add(new Endpoint("GET /review (page)", this::submitted,
                f -> get("/review"), noEffect(),
                matrix(login(), forbidden(), forbidden(), ok(f -> content().string(containsString(f.tag()))), forbidden())));
        list.add(new Endpoint("GET /api/v1/review/queue", this::submitted,
                f -> get("/api/v1/review/queue").param("stakeholder", "GHA").param("size", "100"), noEffect(),
                matrix(unauthorized(), forbidden(), forbidden(), ok(this::listsDraft), forbidden())));
        list.add(new Endpoint("GET /review/{GHA submission} (page)", this::submitted,
                f -> get("/review/" + f.actionId()), noEffect(),
                matrix(login(), forbidden(), forbidden(), ok(f -> content().string(containsString(f.tag()))), forbidden())));

        // --- Administration ------------------------------------------------------------------------------------------
        list.add(new Endpoint("GET /admin/users (page)", this::none,
                f -> get("/admin/users"), noEffect(),
                matrix(login(), forbidden(), forbidden(), forbidden(), ok(f -> content().string(containsString("reviewer@example.org"))))));
        list.add(new Endpoint("GET /api/v1/admin/users", this::none,
                f -> get("/api/v1/admin/users").param("size", "100"), noEffect(),
                matrix(unauthorized(), forbidden(), forbidden(), forbidden(),
                        ok(f -> jsonPath("$.items[*].email").value(hasItem("focal.point@example.org"))))));
        list.add(new Endpoint("GET /admin/users/{id} (page)", this::freshUser,
                f -> get("/admin/users/" + f.userId()), noEffect(),
                matrix(login(), forbidden(), forbidden(), forbidden(), ok(f -> content().string(containsString(f.tag()))))));
        list.add(new Endpoint("POST /admin/users (page: create user)", this::none,
                f -> post("/admin/users").with(csrf()).param("email", f.tag() + "@example.org").param("displayName", "New " + f.tag())
                        .param("stakeholders", "GHA"),
                userExists(),
                matrix(login(), forbidden(), forbidden(), forbidden(), redirect("/admin/users/\\d+\\?created"))));
        list.add(new Endpoint("POST /api/v1/admin/users", this::none,
                f -> json(post("/api/v1/admin/users").with(csrf()), "{\"email\":\"" + f.tag() + "@example.org\",\"displayName\":\"New "
                        + f.tag() + "\",\"administrator\":false,\"reviewer\":false,\"stakeholderCodes\":[\"GHA\"]}"),
                userExists(),
                matrix(unauthorized(), forbidden(), forbidden(), forbidden(),
                        created(f -> jsonPath("$.email").value(f.tag() + "@example.org")))));
        list.add(new Endpoint("POST /admin/users/{id}/bindings (page: make focal point of GHA)", this::freshUser,
                f -> post("/admin/users/" + f.userId() + "/bindings").with(csrf()).param("stakeholder", "GHA"),
                boundToGha(),
                matrix(login(), forbidden(), forbidden(), forbidden(), redirect("/admin/users/\\d+"))));
        list.add(new Endpoint("GET /admin/audit (page)", this::none,
                f -> get("/admin/audit"), noEffect(),
                matrix(login(), forbidden(), forbidden(), forbidden(), ok(f -> content().string(containsString("CREATE_USER"))))));
        list.add(new Endpoint("GET /api/v1/admin/audit", this::none,
                f -> get("/api/v1/admin/audit").param("outcome", "DENIED"), noEffect(),
                matrix(unauthorized(), forbidden(), forbidden(), forbidden(), ok(f -> jsonPath("$.items").isArray()))));

        // --- Search: unpublished work is found by its own focal points only; the reindex of every node is the admin's ----
        list.add(new Endpoint("GET /api/v1/search?q={GHA draft}", this::draft,
                f -> get("/api/v1/search").param("q", f.tag().substring(f.tag().lastIndexOf('-') + 1)), noEffect(),
                matrix(ok(this::findsNothing), ok(f -> jsonPath("$.groups[0].hits[0].ref").value(String.valueOf(f.actionId()))),
                        ok(this::findsNothing), ok(this::findsNothing), ok(this::findsNothing))));
        list.add(new Endpoint("POST /api/v1/admin/search/reindex", this::searchGeneration,
                f -> post("/api/v1/admin/search/reindex").with(csrf()), generationRaised(),
                matrix(unauthorized(), forbidden(), forbidden(), forbidden(), ok(f -> jsonPath("$.generation").value(f.actionId() + 1)))));

        // --- Own account: API tokens and /me ---------------------------------------------------------------------------
        list.add(new Endpoint("GET /account/tokens (page)", this::none,
                f -> get("/account/tokens"), noEffect(),
                matrix(login(), ok(), ok(), ok(), ok())));
        list.add(new Endpoint("GET /api/v1/account/tokens", this::ghaToken,
                f -> get("/api/v1/account/tokens"), noEffect(),
                // only the owner sees the token, by its name
                matrix(unauthorized(), ok(f -> jsonPath("$[*].name").value(hasItem(f.tag()))), ok(this::doesNotListToken),
                        ok(this::doesNotListToken), ok(this::doesNotListToken))));
        list.add(new Endpoint("POST /account/tokens (page)", this::none,
                f -> post("/account/tokens").with(csrf()).param("name", f.tag()), tokenNamed(),
                matrix(login(), redirect("/account/tokens"), redirect("/account/tokens"), redirect("/account/tokens"),
                        redirect("/account/tokens"))));
        list.add(new Endpoint("POST /api/v1/account/tokens", this::none,
                f -> json(post("/api/v1/account/tokens").with(csrf()), "{\"name\":\"" + f.tag() + "\"}"), tokenNamed(),
                matrix(unauthorized(), created(this::tokenSecret), created(this::tokenSecret), created(this::tokenSecret),
                        created(this::tokenSecret))));
        list.add(new Endpoint("DELETE /api/v1/account/tokens/{GHA focal point's token}", this::ghaToken,
                f -> delete("/api/v1/account/tokens/" + f.tokenId()).with(csrf()), tokenRevoked(),
                // someone else's token is "not found" for everyone but its owner
                matrix(unauthorized(), noContent(), notFound(), notFound(), notFound())));
        list.add(new Endpoint("GET /api/v1/me", this::none,
                f -> get("/api/v1/me"), noEffect(),
                matrix(unauthorized(), ok(f -> jsonPath("$.email").value("focal.point@example.org")),
                        ok(f -> jsonPath("$.email").value("fra.focal.point@example.org")),
                        ok(f -> jsonPath("$.email").value("reviewer@example.org")),
                        ok(f -> jsonPath("$.email").value("admin@example.org")))));
        return list;
    }

    void run(Endpoint endpoint, Role role, Outcome expected) throws Exception {
        Fixture f = endpoint.setup().create();
        long deniedBefore = role.email == null ? 0 : deniedCount(role.email, null);
        long deniedActionBefore = expected.auditedAction() == null ? 0 : deniedCount(role.email, expected.auditedAction());

        AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(f);
        if (role != Role.ANONYMOUS) {
            request.with(user(principals.get(role)));
        }
        MvcResult result = mvc.perform(request).andReturn();

        var response = result.getResponse();
        String context = endpoint.name() + " as " + role + ": " + response.getStatus() + " "
                + response.getRedirectedUrl() + " " + abbreviate(response.getContentAsString());
        assertThat(response.getStatus()).as(context).isEqualTo(expected.status());
        if (expected.location() != null) {
            assertThat(response.getRedirectedUrl()).as(context).isNotNull();
            assertThat(response.getRedirectedUrl().replaceFirst("^https?://[^/]+", "")).as(context).matches(expected.location());
        }
        if (expected.body() != null) {
            expected.body().apply(f).match(result);
        }
        if (role.email != null) {
            long deniedNow = deniedCount(role.email, null);
            if (expected.auditedAction() != null) {
                assertThat(deniedCount(role.email, expected.auditedAction()) - deniedActionBefore)
                        .as("DENIED audit event %s for %s", expected.auditedAction(), role.email).isEqualTo(1);
                assertThat(deniedNow - deniedBefore).as("exactly one DENIED event for %s", role.email).isEqualTo(1);
            } else if (expected.allowed()) {
                assertThat(deniedNow - deniedBefore).as("no DENIED event when %s is allowed", role.email).isZero();
            }
        }
        endpoint.effect().verify(f, expected.allowed());
    }

    // ------------------------------------------------------------------------------------------------
    // Browser sessions: CSRF
    // ------------------------------------------------------------------------------------------------

    @Test
    void postWithoutCsrfTokenFromASignedInBrowserSessionIsRefused() throws Exception {
        var session = signIn("focal.point@example.org");
        String tag = tag();
        long before = countActionsTitled(tag);

        assertThat(mvc.perform(form(post("/workspace/GHA/actions"), tag, null).cookie(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(json(post("/api/v1/workspace/GHA/actions"), contentJson(tag)).cookie(session)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/account/tokens").param("name", tag).cookie(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(countActionsTitled(tag)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from api_token where name = :n").param("n", tag).query(Long.class).single()).isZero();

        // the same session with the token is allowed: it was refused for the missing token only
        var withToken = mvc.perform(form(post("/workspace/GHA/actions"), tag, null).cookie(session).with(csrf())).andReturn();
        assertThat(withToken.getResponse().getStatus()).isEqualTo(302);
        assertThat(withToken.getResponse().getRedirectedUrl()).matches("/actions/\\d+\\?saved");
        assertThat(countActionsTitled(tag)).isEqualTo(before + 1);
    }

    @Test
    void postWithAForgedCsrfTokenIsRefused() throws Exception {
        String tag = tag();
        var result = mvc.perform(form(post("/workspace/GHA/actions"), tag, null)
                .with(user(principals.get(Role.GHA_FOCAL_POINT))).with(csrf().useInvalidToken())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(countActionsTitled(tag)).isZero();
    }

    // ------------------------------------------------------------------------------------------------
    // Personal API tokens
    // ------------------------------------------------------------------------------------------------

    @Test
    void apiTokenWorksWithoutCsrfAndCarriesOnlyTheOwnersRights() throws Exception {
        CurrentUser owner = principals.get(Role.GHA_FOCAL_POINT).user();
        String secret = tokens.create(owner, "matrix " + tag()).secret();
        String bearer = "Bearer " + secret;

        assertThat(mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)).andReturn().getResponse()
                .getContentAsString()).contains("\"email\":\"focal.point@example.org\"");

        // creates for GHA, with no CSRF token and no session
        String tag = tag();
        var created = mvc.perform(json(post("/api/v1/workspace/GHA/actions"), contentJson(tag)).header(HttpHeaders.AUTHORIZATION, bearer))
                .andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(countActionsTitled(tag)).isEqualTo(1);
        assertThat(created.getResponse().getCookie("SESSION")).as("a token call opens no session").isNull();

        // edits and submits its own draft
        long id = Long.parseLong(created.getResponse().getContentAsString().replaceAll("\\D", ""));
        var edited = mvc.perform(json(put("/api/v1/actions/" + id), "{\"lockVersion\":0,\"content\":" + contentJson(tag + " v2") + "}")
                .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn();
        assertThat(edited.getResponse().getStatus()).isEqualTo(200);
        assertThat(currentTitle(id)).isEqualTo(tag + " v2");

        // refused for FRA, and the refusal is audited against the token's owner
        long denied = deniedCount("focal.point@example.org", "CREATE_ACTION");
        String fraTag = tag();
        var refused = mvc.perform(json(post("/api/v1/workspace/FRA/actions"), contentJson(fraTag)).header(HttpHeaders.AUTHORIZATION, bearer))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(countActionsTitled(fraTag)).isZero();
        assertThat(deniedCount("focal.point@example.org", "CREATE_ACTION")).isEqualTo(denied + 1);

        // and nothing of a reviewer's or an administrator's
        assertThat(status(get("/api/v1/review/queue").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(403);
        assertThat(status(get("/api/v1/admin/users").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(403);
        assertThat(status(get("/api/v1/workspace/FRA/actions").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(403);
        long published = published(tag());
        assertThat(status(json(post("/api/v1/actions/" + published + "/withdraw"), "{\"lockVersion\":" + lockVersion(published)
                + ",\"reason\":\"x\"}").header(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.create(
                principals.get(Role.FRA_FOCAL_POINT).user(), "fra " + tag()).secret()))).isEqualTo(403);
        assertThat(state(published)).isEqualTo("PUBLISHED");
    }

    @Test
    void revokedUnknownOrMalformedTokensGet401() throws Exception {
        CurrentUser owner = principals.get(Role.GHA_FOCAL_POINT).user();
        var token = tokens.create(owner, "to revoke " + tag());
        String bearer = "Bearer " + token.secret();
        assertThat(status(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(200);

        tokens.revoke(owner, token.token().id());

        String tag = tag();
        assertThat(status(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(401);
        assertThat(status(json(post("/api/v1/workspace/GHA/actions"), contentJson(tag)).header(HttpHeaders.AUTHORIZATION, bearer)))
                .isEqualTo(401);
        // a revoked token does not fall back to anonymous reading either
        assertThat(status(get("/api/v1/actions").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(401);
        assertThat(countActionsTitled(tag)).isZero();

        assertThat(status(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer a4p_unknownunknownunknown"))).isEqualTo(401);
        assertThat(status(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token"))).isEqualTo(401);
        // a session cannot revive a revoked token's rights: the header wins and is refused
        assertThat(status(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, bearer)
                .with(user(principals.get(Role.ADMINISTRATOR))))).isEqualTo(401);
    }

    @Test
    void tokenOfADisabledAccountGets401() throws Exception {
        CurrentUser admin = principals.get(Role.ADMINISTRATOR).user();
        String tag = tag();
        var account = accounts.create(admin, new NewAccount(tag + "@example.org", "Disabled " + tag, false, false, List.of("GHA")));
        CurrentUser owner = principal(tag + "@example.org").user();
        String bearer = "Bearer " + tokens.create(owner, "soon disabled").secret();
        assertThat(status(get("/api/v1/workspace/GHA/actions").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(200);

        accounts.update(admin, account.id(), null, false, false, false);

        assertThat(status(get("/api/v1/workspace/GHA/actions").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(401);
    }

    @Test
    void tokenRightsFollowTheAccountAtOnce() throws Exception {
        CurrentUser admin = principals.get(Role.ADMINISTRATOR).user();
        String tag = tag();
        var account = accounts.create(admin, new NewAccount(tag + "@example.org", "Unbound " + tag, false, false, List.of("GHA")));
        String bearer = "Bearer " + tokens.create(principal(tag + "@example.org").user(), "unbound soon").secret();
        assertThat(status(get("/api/v1/workspace/GHA/actions").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(200);

        accounts.unbind(admin, account.id(), gha);

        assertThat(status(get("/api/v1/workspace/GHA/actions").header(HttpHeaders.AUTHORIZATION, bearer))).isEqualTo(403);
    }

    // ------------------------------------------------------------------------------------------------
    // Holes found while writing the matrix, now closed: kept as regression tests.
    // ------------------------------------------------------------------------------------------------

    @Test
    void publicListShowsNeitherTheStateNorTheReturnReasonOfAPendingRevision() throws Exception {
        String tag = tag();
        long id = published(tag);
        CurrentUser focal = principals.get(Role.GHA_FOCAL_POINT).user();
        actions.edit(focal, id, lockVersion(id), actionContent(tag, "Revision with confidential figures"));
        actions.submit(focal, id, lockVersion(id));
        actions.returnToFocalPoint(principals.get(Role.REVIEWER).user(), id, lockVersion(id), "Internal: remove casualty figures " + tag);

        String body = mvc.perform(get("/api/v1/actions").param("stakeholder", "GHA").param("size", "100")).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains(tag); // the published version is public
        assertThat(body).doesNotContain("Internal: remove casualty figures").doesNotContain("\"RETURNED\"");
    }

    @Test
    void publicDetailDoesNotListFilesThatAreNotPublicYet() throws Exception {
        String tag = tag();
        long id = published(tag);
        mvc.perform(multipart("/actions/" + id + "/attachments")
                .file(new MockMultipartFile("file", "unpublished-" + tag + ".txt", "text/plain", "draft".getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(user(principals.get(Role.GHA_FOCAL_POINT)))).andReturn();
        long attachment = jdbc.sql("select id from action_attachment where action_id = :a").param("a", id).query(Long.class).single();
        // the file itself is refused to the public...
        assertThat(status(get("/actions/" + id + "/attachments/" + attachment))).isEqualTo(404);
        // ...but its name, size and checksum are listed to the public and to other focal points
        assertThat(mvc.perform(get("/api/v1/actions/" + id)).andReturn().getResponse().getContentAsString())
                .doesNotContain("unpublished-" + tag);
        assertThat(mvc.perform(get("/actions/" + id)).andReturn().getResponse().getContentAsString())
                .doesNotContain("unpublished-" + tag);
        assertThat(mvc.perform(get("/api/v1/actions/" + id).with(user(principals.get(Role.FRA_FOCAL_POINT)))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("unpublished-" + tag);
    }

    @Test
    void unbindingAndDisablingTakeEffectOnOpenBrowserSessions() throws Exception {
        CurrentUser admin = principals.get(Role.ADMINISTRATOR).user();
        String tag = tag();
        String email = tag + "@example.org";
        var account = accounts.create(admin, new NewAccount(email, "Leaving " + tag, false, false, List.of("GHA")));
        String invitation = accounts.invite(admin, account.id());
        accounts.acceptInvitation(invitation, PASSWORD, PASSWORD);
        var session = signIn(email);
        assertThat(status(get("/api/v1/workspace/GHA/actions").cookie(session))).isEqualTo(200);

        accounts.unbind(admin, account.id(), gha);
        accounts.update(admin, account.id(), null, false, false, false);

        assertThat(status(get("/api/v1/workspace/GHA/actions").cookie(session))).isIn(401, 403);
        String created = tag + " after unbinding";
        assertThat(status(json(post("/api/v1/workspace/GHA/actions"), contentJson(created)).cookie(session).with(csrf()))).isIn(401, 403);
        assertThat(countActionsTitled(created)).isZero();
    }

    // ------------------------------------------------------------------------------------------------
    // Fixtures: each cell makes its own
    // ------------------------------------------------------------------------------------------------

    record Fixture(String tag, long actionId, int lockVersion, long userId, long tokenId, long attachmentId) {
    }

    @FunctionalInterface
    interface Setup {
        Fixture create() throws Exception;
    }

    @FunctionalInterface
    interface Effect {
        void verify(Fixture f, boolean allowed) throws Exception;
    }

    record Endpoint(String name, Setup setup, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request, Effect effect,
                    Map<Role, Outcome> expected) {
    }

    /** What a cell must answer: status, where it redirects, which refusal is audited, what the body holds. */
    record Outcome(String label, int status, String location, String auditedAction, boolean allowed,
                   Function<Fixture, ResultMatcher> body) {
    }

    Fixture none() {
        return new Fixture(tag(), 0, 0, 0, 0, 0);
    }

    Fixture draft() {
        String tag = tag();
        long id = actions.create(principals.get(Role.GHA_FOCAL_POINT).user(), "GHA", actionContent(tag));
        return new Fixture(tag, id, lockVersion(id), 0, 0, 0);
    }

    Fixture submitted() {
        Fixture draft = draft();
        actions.submit(principals.get(Role.GHA_FOCAL_POINT).user(), draft.actionId(), draft.lockVersion());
        assertThat(state(draft.actionId())).isEqualTo("SUBMITTED");
        return new Fixture(draft.tag(), draft.actionId(), lockVersion(draft.actionId()), 0, 0, 0);
    }

    Fixture published() {
        String tag = tag();
        long id = published(tag);
        return new Fixture(tag, id, lockVersion(id), 0, 0, 0);
    }

    long published(String tag) {
        long id = actions.create(principals.get(Role.GHA_FOCAL_POINT).user(), "GHA", actionContent(tag));
        actions.submit(principals.get(Role.GHA_FOCAL_POINT).user(), id, lockVersion(id));
        actions.publish(principals.get(Role.REVIEWER).user(), id, lockVersion(id));
        assertThat(state(id)).isEqualTo("PUBLISHED");
        return id;
    }

    Fixture draftWithFile() {
        Fixture draft = draft();
        var file = attachments.attach(principals.get(Role.GHA_FOCAL_POINT).user(), draft.actionId(), draft.tag() + ".txt",
                ("evidence " + draft.tag()).getBytes(StandardCharsets.UTF_8));
        return new Fixture(draft.tag(), draft.actionId(), draft.lockVersion(), 0, 0, file.id());
    }

    /** Published, then revised by its focal point: the revision is unpublished work. */
    Fixture publishedWithRevision() {
        String tag = tag();
        long id = published(tag);
        actions.edit(principals.get(Role.GHA_FOCAL_POINT).user(), id, lockVersion(id), actionContent(tag + " revision"));
        return new Fixture(tag, id, lockVersion(id), 0, 0, 0);
    }

    Fixture freshUser() {
        String tag = tag();
        var account = accounts.create(principals.get(Role.ADMINISTRATOR).user(),
                new NewAccount(tag + "@example.org", "Person " + tag, false, false, List.of()));
        return new Fixture(tag, 0, 0, account.id(), 0, 0);
    }

    Fixture ghaToken() {
        String tag = tag();
        var token = tokens.create(principals.get(Role.GHA_FOCAL_POINT).user(), tag);
        return new Fixture(tag, 0, 0, 0, token.token().id(), 0);
    }

    // ------------------------------------------------------------------------------------------------
    // Effects checked in the database after each cell
    // ------------------------------------------------------------------------------------------------

    /** The search index generation before the request, kept in the fixture's action id slot. */
    Fixture searchGeneration() {
        return new Fixture(tag(), jdbc.sql("select generation from search_state").query(Long.class).single(), 0, 0, 0, 0);
    }

    Effect generationRaised() {
        return (f, allowed) -> assertThat(jdbc.sql("select generation from search_state").query(Long.class).single())
                .isEqualTo(allowed ? f.actionId() + 1 : f.actionId());
    }

    ResultMatcher findsNothing(Fixture f) {
        return jsonPath("$.groups").isEmpty();
    }

    static Effect noEffect() {
        return (f, allowed) -> {
        };
    }

    Effect actionTitled() {
        return (f, allowed) -> assertThat(countActionsTitled(f.tag())).as("action %s created", f.tag()).isEqualTo(allowed ? 1 : 0);
    }

    Effect actionTitledNever() {
        return (f, allowed) -> assertThat(countActionsTitled(f.tag())).as("a dry run writes nothing").isZero();
    }

    Effect currentTitle(String suffix) {
        return (f, allowed) -> {
            assertThat(currentTitle(f.actionId())).isEqualTo(allowed ? f.tag() + suffix : f.tag());
            assertThat(lockVersion(f.actionId())).isEqualTo(allowed ? f.lockVersion() + 1 : f.lockVersion());
        };
    }

    Effect state(String whenAllowed, String whenRefused) {
        return (f, allowed) -> {
            assertThat(state(f.actionId())).isEqualTo(allowed ? whenAllowed : whenRefused);
            assertThat(lockVersion(f.actionId())).isEqualTo(allowed ? f.lockVersion() + 1 : f.lockVersion());
        };
    }

    Effect attachment() {
        return (f, allowed) -> assertThat(jdbc.sql("select count(*) from action_attachment where action_id = :a and filename = :n")
                .param("a", f.actionId()).param("n", f.tag() + ".txt").query(Long.class).single()).isEqualTo(allowed ? 1 : 0);
    }

    Effect userExists() {
        return (f, allowed) -> {
            assertThat(jdbc.sql("select count(*) from app_user where email = :e").param("e", f.tag() + "@example.org")
                    .query(Long.class).single()).isEqualTo(allowed ? 1 : 0);
            assertThat(jdbc.sql("select count(*) from focal_point p join app_user u on u.id = p.user_id where u.email = :e")
                    .param("e", f.tag() + "@example.org").query(Long.class).single()).isEqualTo(allowed ? 1 : 0);
        };
    }

    Effect boundToGha() {
        return (f, allowed) -> assertThat(jdbc.sql("select count(*) from focal_point where user_id = :u and stakeholder_id = :s")
                .param("u", f.userId()).param("s", gha).query(Long.class).single()).isEqualTo(allowed ? 1 : 0);
    }

    Effect tokenNamed() {
        return (f, allowed) -> assertThat(jdbc.sql("select count(*) from api_token where name = :n").param("n", f.tag())
                .query(Long.class).single()).isEqualTo(allowed ? 1 : 0);
    }

    Effect tokenRevoked() {
        return (f, allowed) -> assertThat(jdbc.sql("select count(*) from api_token where id = :id and revoked_at is not null")
                .param("id", f.tokenId()).query(Long.class).single()).isEqualTo(allowed ? 1 : 0);
    }

    // ------------------------------------------------------------------------------------------------
    // Body checks
    // ------------------------------------------------------------------------------------------------

    ResultMatcher listsDraft(Fixture f) {
        return jsonPath("$.items[*].title").value(hasItem(f.tag()));
    }

    ResultMatcher showsDraft(Fixture f) {
        return result -> {
            jsonPath("$.state").value("DRAFT").match(result);
            jsonPath("$.current.content.title").value(f.tag()).match(result);
        };
    }

    ResultMatcher historyOfDraft(Fixture f) {
        return content().string(containsString(f.tag()));
    }

    ResultMatcher fileContent(Fixture f) {
        return content().string("evidence " + f.tag());
    }

    /** The titles of a CSV or XLSX download of the actions list. */
    static List<String> downloadedTitles(MvcResult result) throws Exception {
        var response = result.getResponse();
        if (response.getContentType().startsWith("text/csv")) {
            try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(response.getContentAsString()))) {
                return parser.getRecords().stream().map(r -> r.get("title")).toList();
            }
        }
        return org.a4ptracker.support.Downloads.read(response.getContentAsByteArray()).column("Title").stream()
                .map(String::valueOf).toList();
    }

    ResultMatcher downloadWithout(Fixture f) {
        return result -> assertThat(downloadedTitles(result)).noneMatch(t -> t.contains(f.tag()));
    }

    ResultMatcher downloadWithPublishedOnly(Fixture f) {
        return result -> assertThat(downloadedTitles(result)).contains(f.tag()).doesNotContain(f.tag() + " revision");
    }

    ResultMatcher onlyPublishedVersion(Fixture f) {
        return result -> {
            jsonPath("$.state").value("PUBLISHED").match(result);
            jsonPath("$.published.content.title").value(f.tag()).match(result);
            jsonPath("$.current").doesNotExist().match(result);
            assertThat(result.getResponse().getContentAsString()).doesNotContain(f.tag() + " revision");
        };
    }

    ResultMatcher withRevision(Fixture f) {
        return result -> {
            jsonPath("$.state").value("DRAFT").match(result);
            jsonPath("$.published.content.title").value(f.tag()).match(result);
            jsonPath("$.current.content.title").value(f.tag() + " revision").match(result);
        };
    }

    ResultMatcher pageWithoutRevision(Fixture f) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(f.tag())
                .doesNotContain(f.tag() + " revision");
    }

    ResultMatcher pageWithRevision(Fixture f) {
        return content().string(containsString(f.tag() + " revision"));
    }

    ResultMatcher doesNotListToken(Fixture f) {
        return result -> assertThat(result.getResponse().getContentAsString()).startsWith("[").doesNotContain(f.tag());
    }

    ResultMatcher tokenSecret(Fixture f) {
        return result -> {
            jsonPath("$.secret").value(startsWith("a4p_")).match(result);
            jsonPath("$.token.name").value(f.tag()).match(result);
        };
    }

    // ------------------------------------------------------------------------------------------------
    // Expected outcomes
    // ------------------------------------------------------------------------------------------------

    /** One row of the table, in the order anonymous, GHA focal point, FRA focal point, reviewer, administrator. */
    static Map<Role, Outcome> matrix(Outcome anonymous, Outcome ghaFocalPoint, Outcome fraFocalPoint, Outcome reviewer,
                                     Outcome administrator) {
        var row = new EnumMap<Role, Outcome>(Role.class);
        row.put(Role.ANONYMOUS, anonymous);
        row.put(Role.GHA_FOCAL_POINT, ghaFocalPoint);
        row.put(Role.FRA_FOCAL_POINT, fraFocalPoint);
        row.put(Role.REVIEWER, reviewer);
        row.put(Role.ADMINISTRATOR, administrator);
        return row;
    }

    static Outcome ok() {
        return new Outcome("200", 200, null, null, true, null);
    }

    static Outcome ok(Function<Fixture, ResultMatcher> body) {
        return new Outcome("200", 200, null, null, true, body);
    }

    static Outcome created(Function<Fixture, ResultMatcher> body) {
        return new Outcome("201", 201, null, null, true, body);
    }

    static Outcome noContent() {
        return new Outcome("204", 204, null, null, true, null);
    }

    /** Allowed, answered with a redirect whose path (and query) matches the regular expression. */
    static Outcome redirect(String location) {
        return new Outcome("302 to " + location, 302, location, null, true, null);
    }

    /** Refused by the URL table: anonymous browser sent to sign in. */
    static Outcome login() {
        return new Outcome("302 to /login", 302, "/login", null, false, null);
    }

    static Outcome unauthorized() {
        return new Outcome("401", 401, null, null, false, null);
    }

    /** Refused by the URL table (role missing): not a service decision, so not in the audit log. */
    static Outcome forbidden() {
        return new Outcome("403", 403, null, null, false, null);
    }

    /** Refused by the service layer (AccessPolicy), which writes a DENIED audit event naming the account. */
    static Outcome denied(String auditedAction) {
        return new Outcome("403, audited DENIED " + auditedAction, 403, null, auditedAction, false, null);
    }

    static Outcome notFound() {
        return new Outcome("404", 404, null, null, false, null);
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------

    AccountPrincipal principal(String email) {
        return (AccountPrincipal) userDetails.loadUserByUsername(email);
    }

    /** Signs in through the form; the session is in the database, named by the SESSION cookie as a browser keeps it. */
    jakarta.servlet.http.Cookie signIn(String email) throws Exception {
        var result = mvc.perform(formLogin("/login").user(email).password(PASSWORD)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("locked");
        var cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).as("the session cookie").isNotNull();
        return cookie;
    }

    int status(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    String tag() {
        return "matrix-" + sequence.incrementAndGet() + "-" + Long.toString(Math.floorMod(System.nanoTime(), 1_000_000_000L), 36);
    }

    static ActionContent actionContent(String title, String description) {
        return new ActionContent(title, description, ActionStatus.ONGOING, 2026, null, null, List.of(1), List.of(), List.of());
    }

    static ActionContent actionContent(String title) {
        return actionContent(title, "Written by the access-matrix test.");
    }

    static String contentJson(String title) {
        return "{\"title\":\"" + title + "\",\"description\":\"Written by the access-matrix test.\",\"status\":\"ONGOING\","
                + "\"reportingCycle\":2026,\"commitments\":[1],\"missions\":[],\"evidenceLinks\":[]}";
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B form(B request, String title, Integer lockVersion) {
        request.param("title", title).param("description", "Written by the access-matrix test.").param("status", "ONGOING")
                .param("reportingCycle", "2026").param("commitments", "1").param("evidenceLinks", "");
        if (lockVersion != null) {
            request.param("lockVersion", lockVersion.toString());
        }
        return request;
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B json(B request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body);
    }

    static MockMultipartFile importFile(String title) {
        String csv = String.join(",", ActionImportTemplate.COLUMNS) + "\r\n"
                + title + ",Imported by the access-matrix test,13;14,ongoing,2026-01-15,2026-12-15,MINUSCA,2026,https://example.org/e\r\n";
        return new MockMultipartFile("file", "actions-" + title + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    long countActionsTitled(String title) {
        return jdbc.sql("select count(distinct action_id) from action_version where title = :t").param("t", title)
                .query(Long.class).single();
    }

    String currentTitle(long id) {
        return jdbc.sql("select v.title from action a join action_version v on v.action_id = a.id and v.version_no = a.current_version "
                + "where a.id = :id").param("id", id).query(String.class).single();
    }

    int lockVersion(long id) {
        return jdbc.sql("select lock_version from action where id = :id").param("id", id).query(Integer.class).single();
    }

    String state(long id) {
        return jdbc.sql("select state from action where id = :id").param("id", id).query(String.class).single();
    }

    long deniedCount(String email, String action) {
        return jdbc.sql("select count(*) from audit_event where outcome = 'DENIED' and actor_label = :email "
                        + "and (cast(:action as varchar(60)) is null or action = :action)")
                .param("email", email).param("action", action).query(Long.class).single();
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
