package org.a4ptracker.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Text;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.support.H2Test;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The progress report and a stakeholder's report in each of the six languages: rendered, every font
 * embedded, and their text extracted back with PDFBox, word for word (Arabic comes back in its
 * presentation forms, so both sides are compared in Unicode compatibility form, NFKC).
 */
@H2Test
class ReportLanguagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Messages messages;
    @Autowired
    StakeholderService stakeholders;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void theProgressReportIsInTheReadersLanguage(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        String text = extract(pdf("/reports/progress/2024.pdf", language), language);
        assertContainsWords(text, messages.text(Text.of("report.progress.title"), locale));
        assertContainsWords(text, messages.text(Text.of("report.progress.cycle", 2024), locale));
        assertContainsWords(text, messages.text(Text.of("report.col.type"), locale));
        assertContainsWords(text, messages.text(Text.of("stakeholder.type.MEMBER_STATE"), locale));
        assertContainsWords(text, messages.text(Text.of("report.sample"), locale));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "ru", "zh", "ar"})
    void aStakeholdersReportIsInTheReadersLanguage(String language) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        String text = extract(pdf("/reports/stakeholders/FRA.pdf", language), language);
        assertContainsWords(text, stakeholders.summary("FRA").names().in(locale));
        assertContainsWords(text, messages.text(Text.of("report.stakeholder.status"), locale));
        assertContainsWords(text, messages.text(Text.of("status.REPORTED"), locale));
    }

    private byte[] pdf(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String extract(byte[] pdf, String language) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            return compare(new PDFTextStripper().getText(document));
        }
    }

    /** Compatibility form (Arabic presentation forms become letters), without spaces or bidi marks. */
    private static String compare(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u200e\\u200f\\u061c\\u202a-\\u202e]", "");
    }

    private static void assertContainsWords(String extracted, String expected) {
        for (String word : expected.split("[\\s,:;()«»“”\"—–]+")) {
            if (!word.isBlank()) {
                assertThat(extracted).as("word '%s' of '%s'", word, expected).contains(compare(word));
            }
        }
    }
}
