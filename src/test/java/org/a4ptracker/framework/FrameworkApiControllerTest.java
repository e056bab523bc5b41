package org.a4ptracker.framework;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class FrameworkApiControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsTheFortyFiveCommitmentsWordForWord() throws Exception {
        var data = DeclarationData.load();
        var result = mvc.perform(get("/api/v1/commitments"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(45))
                .andExpect(jsonPath("$.items", hasSize(45)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalPages").value(1));
        for (int i = 0; i < 45; i++) {
            var row = data.commitments().get(i);
            result.andExpect(jsonPath("$.items[%d].number", i).value(row.number()))
                    .andExpect(jsonPath("$.items[%d].text", i).value(row.text()))
                    .andExpect(jsonPath("$.items[%d].actor", i).value(row.actor().name()))
                    .andExpect(jsonPath("$.items[%d].paragraph", i).value(row.paragraph()));
        }
    }

    @Test
    void pagesAndFilters() throws Exception {
        mvc.perform(get("/api/v1/commitments").param("size", "10").param("page", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[0].number").value(41))
                .andExpect(jsonPath("$.totalPages").value(5));
        mvc.perform(get("/api/v1/commitments").param("actor", "secretary_general").param("area", "6"))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[*].number").value(org.hamcrest.Matchers.contains(30, 31, 32)));
    }

    @Test
    void badParametersAnswer400WithAProblemBody() throws Exception {
        mvc.perform(get("/api/v1/commitments").param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.parameter").value("page"))
                .andExpect(jsonPath("$.detail").value("page: must be 1 or more, was 0"));
        mvc.perform(get("/api/v1/commitments").param("size", "1000"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/v1/commitments").param("actor", "everyone"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("actor: unknown value 'everyone'; accepted: COLLECTIVE")));
        mvc.perform(get("/api/v1/commitments").param("area", "two"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("area"))
                .andExpect(jsonPath("$.detail").value("area: 'two' is not a valid integer"));
    }

    @Test
    void unknownIdsAnswer404() throws Exception {
        mvc.perform(get("/api/v1/commitments/46"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Commitment 46 does not exist"));
        mvc.perform(get("/api/v1/areas/9")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/frameworks/NOPE")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/no-such-resource"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void areasAndFrameworks() throws Exception {
        mvc.perform(get("/api/v1/areas"))
                .andExpect(jsonPath("$", hasSize(8)))
                .andExpect(jsonPath("$[4].shortTitle").value("Performance and accountability"))
                .andExpect(jsonPath("$[4].commitmentCount").value(12))
                .andExpect(jsonPath("$[4].commitmentsByActor.SECRETARY_GENERAL").value(6));
        mvc.perform(get("/api/v1/frameworks/A4P_PLUS"))
                .andExpect(jsonPath("$.elements", hasSize(9)))
                .andExpect(jsonPath("$.elements[0].areas[0].confirmed").value(false));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/commitments'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/stakeholders'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/endorsements/counts'].get").exists())
                .andExpect(jsonPath("$.info.title").value("A4P Tracker API"));
    }
}
