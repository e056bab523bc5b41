package org.a4ptracker.framework;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@H2Test
class FrameworkControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void homeCountsCommitmentsByAreaAndActor() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"/areas/5\">5. <span lang=\"en\">Performance and accountability</span></a>"),
                        containsString("45 commitments in 8 areas"),
                        // each figure carries its column's name, shown before it when the table becomes cards on a phone
                        containsString("<td class=\"num\" data-label=\"Collective\">25</td>"),
                        containsString("<td class=\"num\" data-label=\"Secretary-General\">12</td>"),
                        containsString("<html lang=\"en\" dir=\"ltr\">"))));
    }

    @Test
    void commitmentPageShowsTextActorParagraphAreaAndMappings() throws Exception {
        mvc.perform(get("/commitments/39"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("As host governments of peacekeeping operations, we commit to make all efforts"),
                        containsString("<dd>Host governments</dd>"),
                        containsString("Paragraph 19 of the Declaration"),
                        containsString("7. <span lang=\"en\">Partnerships</span>"),
                        containsString("Cooperation with host countries"),
                        containsString("Unconfirmed"))));
    }

    @Test
    void pagesSpeakFrenchWhenAsked() throws Exception {
        mvc.perform(get("/commitments/1").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("Engagement 1"),
                        containsString("Incombe à"), containsString("Collectif"))));
    }

    @Test
    void unknownCommitmentIsAn404Page() throws Exception {
        mvc.perform(get("/commitments/99").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/commitments/abc").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest());
    }

    @Test
    void changesAreRefusedWithoutCsrfAndWithoutAnAccount() throws Exception {
        // the API asks to sign in (401); a page form without its CSRF token is refused (403)
        mvc.perform(post("/api/v1/commitments")).andExpect(status().isUnauthorized());
        mvc.perform(post("/")).andExpect(status().isForbidden());
    }

    @Test
    void responsesCarryASelfOnlyContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", allOf(containsString("default-src 'self'"), not(containsString("http")))));
    }
}
