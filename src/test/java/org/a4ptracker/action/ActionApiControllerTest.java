package org.a4ptracker.action;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class ActionApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    UserDetails focalPoint;

    @BeforeEach
    void signIn() {
        focalPoint = users.loadUserByUsername("focal.point@example.org");
    }

    private long actions() {
        return jdbc.sql("select count(*) from action").query(Long.class).single();
    }

    @Test
    void publicListShowsOnlyPublishedSampleActionsPaginated() throws Exception {
        mvc.perform(get("/api/v1/actions").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[*].state").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("PUBLISHED"))));
        // other tests publish actions in the same database, so the sample ones are looked for among more than the newest
        mvc.perform(get("/api/v1/actions").param("size", "200"))
                .andExpect(jsonPath("$.items[*].sample").value(org.hamcrest.Matchers.hasItem(true)));
        mvc.perform(get("/api/v1/actions").param("status", "finished"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("status"));
    }

    @Test
    void anInvalidActionListsEveryProblem() throws Exception {
        mvc.perform(post("/api/v1/workspace/GHA/actions").with(user(focalPoint)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"description\":\"x\",\"status\":\"ONGOING\",\"reportingCycle\":2026,"
                                + "\"commitments\":[46],\"startDate\":\"2026-05-01\",\"endDate\":\"2026-04-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[1].field").value("endDate"))
                .andExpect(jsonPath("$.errors[2].message").value("unknown commitment 46: commitments are numbered 1 to 45"));
    }

    /** The form and the API judge evidence links by the import's rule: a link with an internationalised host is one. */
    @Test
    void evidenceLinksFollowTheImportsRule() throws Exception {
        String body = "{\"title\":\"Linked\",\"description\":\"Done\",\"status\":\"ONGOING\",\"reportingCycle\":2026,"
                + "\"commitments\":[13],\"evidenceLinks\":[%s]}";
        mvc.perform(post("/api/v1/workspace/GHA/actions").with(user(focalPoint)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("\"https://пример.рф/отчёт\", \"https://example.org/report\"")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/workspace/GHA/actions").with(user(focalPoint)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("\"https://example.org/a\", \"ftp://x.org\", \"not a link\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("evidenceLinks"))
                .andExpect(jsonPath("$.errors[0].message").value("\"ftp://x.org\" is not a web link: links must start with http:// or https://"));
    }

    @Test
    void aStaleLockVersionAnswers409AndChangesNothing() throws Exception {
        String body = "{\"title\":\"API action\",\"description\":\"Done\",\"status\":\"ONGOING\",\"reportingCycle\":2026,\"commitments\":[13]}";
        String created = mvc.perform(post("/api/v1/workspace/GHA/actions").with(user(focalPoint)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("\\D", ""));
        mvc.perform(put("/api/v1/actions/" + id).with(user(focalPoint)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lockVersion\":0,\"content\":" + body.replace("API action", "Second") + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.lockVersion").value(1))
                .andExpect(jsonPath("$.current.content.title").value("Second"));
        mvc.perform(put("/api/v1/actions/" + id).with(user(focalPoint)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"lockVersion\":0,\"content\":" + body.replace("API action", "Stale") + "}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("Someone else changed this action")));
        mvc.perform(get("/api/v1/actions/" + id).with(user(focalPoint)))
                .andExpect(jsonPath("$.current.content.title").value("Second"));
        mvc.perform(post("/api/v1/actions/" + id + "/publish").with(user(focalPoint)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lockVersion\":1}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/actions/" + id + "/return").with(user(users.loadUserByUsername("reviewer@example.org"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"lockVersion\":1,\"reason\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only a submitted action can be returned; this action is draft"));
    }

    @Test
    void importsRefuseBadFilesWithAClearErrorAndWriteNothing() throws Exception {
        long before = actions();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'a');
        mvc.perform(multipart("/api/v1/workspace/GHA/import").file(new MockMultipartFile("file", "big.csv", "text/csv", tenMegabytes))
                        .with(user(focalPoint)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.errors[0].column").value("file"))
                .andExpect(jsonPath("$.errors[0].message", containsString("5 MB")));
        byte[] latin1 = ("title,description,commitments,status,reporting_cycle\nCôte,Visite à Abidjan,13,ongoing,2026\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/api/v1/workspace/GHA/import").file(new MockMultipartFile("file", "latin.csv", "text/csv", latin1))
                        .with(user(focalPoint)).with(csrf()))
                .andExpect(jsonPath("$.errors[0].message", containsString("not UTF-8")));
        byte[] malformed = "title,description,commitments,status,reporting_cycle\n\"Unclosed,x,13,ongoing,2026\n".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/workspace/GHA/import").file(new MockMultipartFile("file", "bad.csv", "text/csv", malformed))
                        .with(user(focalPoint)).with(csrf()))
                .andExpect(jsonPath("$.errors[0].row").value(0))
                .andExpect(jsonPath("$.imported").value(0));
        mvc.perform(multipart("/api/v1/workspace/GHA/import").file(new MockMultipartFile("file", "template.xlsx",
                        "application/octet-stream", ActionImportTemplate.xlsx())).param("dryRun", "true")
                        .with(user(focalPoint)).with(csrf()))
                .andExpect(jsonPath("$.errors", hasSize(0))).andExpect(jsonPath("$.rowsRead").value(1))
                .andExpect(jsonPath("$.dryRun").value(true));
        org.assertj.core.api.Assertions.assertThat(actions()).isEqualTo(before);
    }

    @Test
    void reportingStatusIsPublic() throws Exception {
        mvc.perform(get("/api/v1/reporting-status/GHA").param("cycle", "2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cycle").value(2027))
                .andExpect(jsonPath("$.dueOn").value("2027-12-31"))
                .andExpect(jsonPath("$.commitments", hasSize(45)))
                .andExpect(jsonPath("$.commitments[4].state").value("NOT_EXPECTED"));
        mvc.perform(get("/api/v1/reporting-status/GHA").param("cycle", "1999"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("cycle"));
    }
}
