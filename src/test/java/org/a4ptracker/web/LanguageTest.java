package org.a4ptracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.a4ptracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Which language a page is in: chosen (and kept), negotiated, or English; and what the page declares about it. */
@H2Test
class LanguageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aFirstVisitIsInTheBrowsersBestSupportedLanguage() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "de-CH, ru;q=0.8, fr;q=0.5"))
                .andExpect(content().string(allOf(containsString("<html lang=\"ru\" dir=\"ltr\">"), containsString("Декларация"))))
                .andExpect(cookie().doesNotExist(LanguageResolver.COOKIE));
        mvc.perform(get("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"zh\" dir=\"ltr\">")));
        mvc.perform(get("/").header("Accept-Language", "de, it;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")));
        mvc.perform(get("/").header("Accept-Language", "not a header;;q=x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void aChosenLanguageIsKeptInACookieAndWinsOverTheBrowser() throws Exception {
        var chosen = mvc.perform(get("/overview").param("lang", "es").header("Accept-Language", "fr"))
                .andExpect(content().string(containsString("<html lang=\"es\" dir=\"ltr\">")))
                .andExpect(cookie().value(LanguageResolver.COOKIE, "es"))
                .andExpect(cookie().maxAge(LanguageResolver.COOKIE, 365 * 24 * 3600))
                .andReturn().getResponse().getCookie(LanguageResolver.COOKIE);
        mvc.perform(get("/").cookie(chosen).header("Accept-Language", "fr"))
                .andExpect(content().string(allOf(containsString("<html lang=\"es\""), containsString("Los ocho ámbitos"))));
    }

    @Test
    void anUnknownLanguageIsEnglishAndNeverEchoed() throws Exception {
        for (String lang : new String[] {"xx", "de", "\"><script>", "en-XX-evil"}) {
            String page = mvc.perform(get("/").param("lang", lang).cookie(new Cookie(LanguageResolver.COOKIE, "fr")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(lang).doesNotContain("lang=\"" + lang).doesNotContain("lang=\"xx").doesNotContain("<script>");
        }
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(content().string(containsString("<html lang=\"en\" dir=\"ltr\">")))
                .andExpect(cookie().doesNotExist(LanguageResolver.COOKIE));
        mvc.perform(get("/").cookie(new Cookie(LanguageResolver.COOKIE, "xx")))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void theMenuNamesEachLanguageInItselfAndTheHeadListsTheAlternates() throws Exception {
        mvc.perform(get("/missions?status=active&lang=ar"))
                .andExpect(content().string(allOf(containsString("<html lang=\"ar\" dir=\"rtl\">"),
                        containsString("lang=\"zh\" dir=\"ltr\" hreflang=\"zh\""), containsString(">中文</a>"),
                        containsString(">العربية</a>"), containsString(">English</a>"), containsString(">Français</a>"),
                        containsString(">Русский</a>"), containsString(">Español</a>"),
                        containsString("<link rel=\"alternate\" hreflang=\"fr\" href=\"/missions?status=active&amp;lang=fr\">"),
                        containsString("<link rel=\"alternate\" hreflang=\"x-default\" href=\"/missions?status=active\">"))));
    }

    @Test
    void declarationTextsWithoutAnOfficialTranslationAreEnglishAndSaySo() throws Exception {
        mvc.perform(get("/commitments/12").param("lang", "zh"))
                .andExpect(content().string(allOf(containsString("<blockquote class=\"official commitment-text\" lang=\"en\">"),
                        containsString("《宣言》的文本"), containsString("承诺 12"))));
        mvc.perform(get("/commitments/12").param("lang", "en"))
                .andExpect(content().string(not(containsString("The Declaration's texts"))));
        // the survey pages say it too, beside the commitment texts they quote
        mvc.perform(get("/surveys/1/print").param("lang", "zh"))
                .andExpect(content().string(allOf(containsString("<span class=\"commitment-text\" lang=\"en\">"),
                        containsString("《宣言》的文本"))));
        mvc.perform(get("/surveys/1/results/commitments").param("lang", "es"))
                .andExpect(content().string(allOf(containsString("class=\"commitment-text\" lang=\"en\""),
                        containsString("Los textos de la Declaración"))));
    }

    /**
     * Indicator names have no official translation loaded: wherever a page in another language shows one, it is marked
     * English and the page carries the same note as for the Declaration's texts, once.
     */
    @Test
    void indicatorNamesWithoutAnOfficialTranslationAreEnglishAndSaySoOnEveryPageThatShowsThem() throws Exception {
        assertThat(page(get("/indicators").param("lang", "ru")))
                .contains("lang=\"en\">Uniformed personnel</a>", "lang=\"en\">Women among uniformed personnel</a>")
                .containsOnlyOnce("Тексты Декларации");
        assertThat(page(get("/indicators/UNIFORMED_PERSONNEL").param("lang", "zh")))
                .contains("<h1 lang=\"en\">Uniformed personnel</h1>", "<p lang=\"en\">All uniformed personnel a mission has deployed")
                .containsOnlyOnce("《宣言》的文本");
        assertThat(page(get("/overview").param("lang", "ar")))
                .containsPattern("<ul id=\"off-track\"><li><a href=\"/indicators/[A-Z_0-9]+\" lang=\"en\">")
                .containsOnlyOnce("تُعرض نصوص الإعلان");
        assertThat(page(get("/missions/MINUSCA").param("lang", "es")))
                .contains("lang=\"en\">Uniformed personnel</a>").containsOnlyOnce("Los textos de la Declaración");
        assertThat(page(get("/indicators/entry/MINUSCA/2026-11").param("lang", "fr")
                        .with(user(users.loadUserByUsername("mission.focal.point@example.org")))))
                .contains("<a href=\"/indicators/UNIFORMED_PERSONNEL\" lang=\"en\">Uniformed personnel</a>")
                .containsOnlyOnce("Les textes de la Déclaration");
        // a commitment page shows the Declaration's text and its indicators: one note for both
        assertThat(page(get("/commitments/41").param("lang", "ru"))).contains("id=\"indicators\"").containsOnlyOnce("Тексты Декларации");
        assertThat(page(get("/indicators").param("lang", "en"))).doesNotContain("are shown in English, marked as such");
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void namesOfMissionsAndOrganisationsAreInTheReadersLanguage() throws Exception {
        mvc.perform(get("/missions/MINUSCA").param("lang", "ru"))
                .andExpect(content().string(containsString("Многопрофильная комплексная миссия Организации Объединенных Наций")));
        mvc.perform(get("/stakeholders/AU").param("lang", "zh")).andExpect(content().string(containsString("非洲联盟委员会")));
    }

    @Test
    void numbersAndDatesFollowTheLanguage() throws Exception {
        String french = mvc.perform(get("/endorsements").param("lang", "fr")).andReturn().getResponse().getContentAsString();
        assertThat(french.replace('\u00a0', ' ').replace('\u202f', ' ')).contains("25 sept. 2018");
        String russian = mvc.perform(get("/endorsements").param("lang", "ru")).andReturn().getResponse().getContentAsString();
        assertThat(russian.replace('\u00a0', ' ').replace('\u202f', ' ')).contains("25 сент. 2018 г.");
        mvc.perform(get("/stakeholders").param("lang", "es"))
                .andExpect(content().string(containsString("222 partes interesadas")));
    }

    @Test
    void apiProblemsAreInTheCallersLanguageWithTheirCode() throws Exception {
        mvc.perform(get("/api/v1/commitments/46").header("Accept-Language", "es"))
                .andExpect(jsonPath("$.detail").value("Compromiso 46 no existe"))
                .andExpect(jsonPath("$.title").value("No encontrado"))
                .andExpect(jsonPath("$.code").value("problem.not-found"));
        mvc.perform(get("/api/v1/commitments").param("page", "0"))
                .andExpect(jsonPath("$.detail").value("page: must be 1 or more, was 0"))
                .andExpect(jsonPath("$.code").value("problem.param.page"));
    }
}
