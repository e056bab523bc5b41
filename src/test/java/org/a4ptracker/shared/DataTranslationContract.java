package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Official translations of reference texts, loaded from data/translations/*.csv as a translator would write them, on a
 * real database (H2 and PostgreSQL by the subclasses): shown in their language with their source kept, the rest left
 * in English and said so, a corrected file taking effect on the next load, and a wrong file refused as a whole with
 * each wrong row and column named.
 */
abstract class DataTranslationContract {

    static final String HEADER = "entity,code,field,lang,text,source\n";
    static final String SOURCE = "A/RES/00/000 (test fixture, French), 2018";
    static final String AREA_TITLE = "Trouver des solutions politiques aux conflits et renforcer l’impact politique du maintien de la paix";
    static final String INDICATOR_NAME = "Proportion de femmes parmi le personnel en tenue";
    static final String ENGLISH_NOTE = "Les textes de la Déclaration";

    @Autowired
    DataTranslationSeeder seeder;
    @Autowired
    List<TranslatableTexts> translatable;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** The application ships no translation file: what a test loads is taken out again, so that other tests see English. */
    @AfterEach
    void unload() {
        seeder.load(Map.of());
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Map<String, Object>> rows() {
        return jdbc.sql("select entity, code, field, lang, text, source from data_translation order by entity, code, field, lang")
                .query().listOfRows();
    }

    @Test
    void anOfficialTextIsShownInItsLanguageWithItsSourceKeptAndATextWithoutOneStaysEnglishAndSaysSo() throws Exception {
        int loaded = seeder.load(Map.of("fr-official.csv", HEADER
                + "area,1,title,fr,\"" + AREA_TITLE + "\",\"" + SOURCE + "\"\n"
                + "indicator,WOMEN_SHARE,name,fr," + INDICATOR_NAME + ",\"" + SOURCE + "\"\n"));

        assertThat(loaded).isEqualTo(2);
        assertThat(rows()).extracting(r -> r.get("entity") + " " + r.get("code") + " " + r.get("field") + " " + r.get("lang")
                + ": " + r.get("source")).containsExactly("area 1 title fr: " + SOURCE, "indicator WOMEN_SHARE name fr: " + SOURCE);

        String area = page("/areas/1", "fr");
        assertThat(area).contains("<p class=\"lead\" lang=\"fr\">" + AREA_TITLE + "</p>")
                .doesNotContain("Advance political solutions to conflict and enhance")
                // the statement has no French row: English, marked so, and the page says why
                .contains("<blockquote class=\"official\" lang=\"en\">We collectively commit to stronger engagement")
                .contains("<p class=\"note\" role=\"note\">" + ENGLISH_NOTE);
        assertThat(area.split(ENGLISH_NOTE, -1)).as("the note once per page").hasSize(2);

        String indicator = page("/indicators/WOMEN_SHARE", "fr");
        assertThat(indicator).contains("<h1 lang=\"fr\">" + INDICATOR_NAME + "</h1>", "<title>" + INDICATOR_NAME)
                .contains("<p lang=\"en\">Women as a percentage of uniformed personnel").contains(ENGLISH_NOTE);
        assertThat(page("/indicators", "fr")).contains("lang=\"fr\">" + INDICATOR_NAME + "</a>")
                .contains("lang=\"en\">Uniformed personnel</a>").contains(ENGLISH_NOTE);

        // another language has no official text: English, marked and noted; English itself needs no note
        assertThat(page("/areas/1", "es")).contains("<p class=\"lead\" lang=\"en\">Advance political solutions to conflict")
                .doesNotContain(AREA_TITLE).contains("Los textos de la Declaración");
        assertThat(page("/areas/1", "en")).contains("Advance political solutions to conflict").doesNotContain("are shown in English, marked as such");
    }

    @Test
    void aLanguageWithEveryTextOfficialNeedsNoNoteAndLosesItAgainWhenATextIsTakenOut() throws Exception {
        var csv = new StringBuilder(HEADER);
        for (var kind : translatable.stream().flatMap(t -> t.kinds().stream()).toList()) {
            for (String code : kind.codes()) {
                for (String field : kind.fields()) {
                    csv.append(String.join(",", kind.entity(), code, field, "fr", "Texte officiel " + kind.entity() + " " + code + " " + field,
                            "\"" + SOURCE + "\"")).append('\n');
                }
            }
        }
        int all = seeder.load(Map.of("fr-complete.csv", csv.toString()));
        assertThat(all).isEqualTo(8 * 3 + 45 + 13 * 2);

        for (String path : List.of("/", "/areas/1", "/commitments/12", "/indicators", "/indicators/WOMEN_SHARE", "/overview",
                "/missions/MINUSCA")) {
            assertThat(page(path, "fr")).as(path).doesNotContain(ENGLISH_NOTE).doesNotContain("lang=\"en\">Texte");
        }
        assertThat(page("/areas/1", "fr")).contains("<p class=\"lead\" lang=\"fr\">Texte officiel area 1 title</p>",
                "<blockquote class=\"official\" lang=\"fr\">Texte officiel area 1 statement</blockquote>");

        // the file loses the row of area 2's statement: the next load removes it, the text is English again with the note
        String without = csv.toString().replace("area,2,statement,fr,Texte officiel area 2 statement,\"" + SOURCE + "\"\n", "");
        assertThat(seeder.load(Map.of("fr-complete.csv", without))).isEqualTo(all - 1);
        assertThat(page("/areas/2", "fr")).contains("<blockquote class=\"official\" lang=\"en\">We collectively commit to implement",
                "<p class=\"lead\" lang=\"fr\">Texte officiel area 2 title</p>", ENGLISH_NOTE);
    }

    @Test
    void aCorrectedFileUpdatesTheRowOnTheNextLoad() throws Exception {
        seeder.load(Map.of("fr.csv", HEADER + "indicator,WOMEN_SHARE,name,fr,Part des femmes,\"" + SOURCE + "\"\n"));
        seeder.load(Map.of("fr.csv", HEADER + "indicator,WOMEN_SHARE,name,fr," + INDICATOR_NAME + ",Corrigendum A/RES/00/000/Corr.1\n"));

        assertThat(rows()).singleElement().satisfies(r -> {
            assertThat(r.get("text")).isEqualTo(INDICATOR_NAME);
            assertThat(r.get("source")).isEqualTo("Corrigendum A/RES/00/000/Corr.1");
        });
        assertThat(page("/indicators/WOMEN_SHARE", "fr")).contains("<h1 lang=\"fr\">" + INDICATOR_NAME + "</h1>")
                .doesNotContain("Part des femmes<");
    }

    @Test
    void wrongRowsAreRefusedByRowAndColumnAndNothingIsWritten() {
        seeder.load(Map.of("fr.csv", HEADER + "area,1,title,fr,\"" + AREA_TITLE + "\",\"" + SOURCE + "\"\n"));
        var before = rows();

        String wrong = HEADER
                + "indicator,WOMEN_SHARE,name,fr," + INDICATOR_NAME + ",\"" + SOURCE + "\"\n" // row 2: right, yet not written
                + "mission,MINUSCA,name,fr,Mission,\"" + SOURCE + "\"\n"                      // row 3
                + "commitment,46,text,fr,Nous nous engageons,\"" + SOURCE + "\"\n"              // row 4
                + "area,1,title,de,Politische Lösungen,\"" + SOURCE + "\"\n"                   // row 5
                + "area,2,title,fr,\"Mettre en œuvre le programme\",\n"                        // row 6
                + "area,3,motto,fr,Protéger,\"" + SOURCE + "\"\n"                              // row 7
                + "area,4,title,fr,\"Sûreté \u202Eet sécurité\",\"" + SOURCE + "\"\n";         // row 8
        assertThatThrownBy(() -> seeder.load(Map.of("fr-wrong.csv", wrong)))
                .isInstanceOfSatisfying(DataTranslationSeeder.Refused.class, e -> assertThat(e.problems()).containsExactly(
                        "fr-wrong.csv row 3, column entity: \"mission\" is not one of [area, commitment, indicator]",
                        "fr-wrong.csv row 4, column code: there is no commitment \"46\"",
                        "fr-wrong.csv row 5, column lang: \"de\" is not one of [fr, es, ru, zh, ar] (English is the original)",
                        "fr-wrong.csv row 6, column source: empty (where the official text is published)",
                        "fr-wrong.csv row 7, column field: \"motto\" is not a text of area [short_title, statement, title]",
                        "fr-wrong.csv row 8, column text: " + Messages.english(Text.of("input.bidi", "U+202E", 8))))
                .hasMessageStartingWith("Official translations not loaded, nothing was written:");
        assertThat(rows()).isEqualTo(before);

        // a file without the columns, and the same text twice, are refused too
        assertThatThrownBy(() -> seeder.load(Map.of("short.csv", "entity,code,lang,text\narea,1,fr,Titre\n")))
                .isInstanceOfSatisfying(DataTranslationSeeder.Refused.class, e -> assertThat(e.problems())
                        .containsExactly("short.csv: the header lacks the column(s) field, source (needs [entity, code, field, lang, text, source])"));
        var twice = new ArrayList<String>(List.of("area,1,title,fr,Un,\"" + SOURCE + "\"", "area,1,title,fr,Deux,\"" + SOURCE + "\""));
        assertThatThrownBy(() -> seeder.load(Map.of("twice.csv", HEADER + String.join("\n", twice) + "\n")))
                .isInstanceOfSatisfying(DataTranslationSeeder.Refused.class, e -> assertThat(e.problems())
                        .containsExactly("twice.csv row 3, column code: the same text as twice.csv row 2 (one row per entity, code, field and lang)"));
        assertThat(rows()).isEqualTo(before);
    }
}
