package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The language-aware analysis: a query finds a document whatever the ending of its words, in each language. */
class AnalysisTest {

    private static List<String> terms(Analysis.Lang lang, String text) {
        return Analysis.tokens(lang, text).stream().map(Analysis.Token::term).toList();
    }

    /** Whether the query's words all match terms of the text analysed in its language, as the index does. */
    private static boolean finds(String query, Analysis.Lang lang, String text) {
        var indexed = terms(lang, text);
        return QueryPlan.of(query).words().stream().filter(w -> !w.optional())
                .allMatch(w -> w.terms().stream().anyMatch(indexed::contains));
    }

    @Test
    void englishFrenchAndSpanishWordsAreStemmed() {
        assertThat(finds("evacuation", Analysis.Lang.EN, "Casualty evacuations were rehearsed")).isTrue();
        assertThat(finds("trained peacekeepers", Analysis.Lang.EN, "Training of the peacekeeper battalion")).isTrue();
        assertThat(finds("évacuation sanitaire", Analysis.Lang.FR, "Des évacuations sanitaires ont été organisées")).isTrue();
        assertThat(finds("evacuacion", Analysis.Lang.ES, "Las evacuaciones médicas del contingente")).isTrue();
        assertThat(finds("l'armée", Analysis.Lang.FR, "armée nationale")).isTrue();
    }

    @Test
    void russianIsStemmedAndArabicNormalisedWhateverTheLatinLanguage() {
        assertThat(finds("миротворцы", Analysis.Lang.EN, "подготовка миротворцев")).isTrue();
        assertThat(finds("أمن", Analysis.Lang.NEUTRAL, "الامن")).isTrue();
        assertThat(terms(Analysis.Lang.FR, "إحلال السلام")).isEqualTo(terms(Analysis.Lang.EN, "إحلال السلام"));
    }

    @Test
    void chineseJapaneseAndKoreanAreIndexedAsBigrams() {
        assertThat(terms(Analysis.Lang.NEUTRAL, "维持和平行动")).containsExactly("维持", "持和", "和平", "平行", "行动");
        assertThat(finds("和平行动", Analysis.Lang.NEUTRAL, "联合国维持和平行动")).isTrue();
        assertThat(finds("和平", Analysis.Lang.NEUTRAL, "安全理事会")).isFalse();
    }

    @Test
    void stopWordsOfAnyLanguageAreOptionalAndTheRestRequired() {
        var plan = QueryPlan.of("protection of the civilians");
        assertThat(plan.words()).extracting(QueryPlan.Word::text).containsExactly("protection", "of", "the", "civilians");
        assertThat(plan.words()).extracting(QueryPlan.Word::optional).containsExactly(false, true, true, false);
        assertThat(QueryPlan.of("a".repeat(3) + " b".repeat(40)).words()).hasSize(2);
    }

    @Test
    void theLanguageOfATextIsGuessedFromItsStopWords() {
        assertThat(Analysis.guess("The battalion trained the police on the protection of civilians")).isEqualTo(Analysis.Lang.EN);
        assertThat(Analysis.guess("Le bataillon a formé la police à la protection des civils")).isEqualTo(Analysis.Lang.FR);
        assertThat(Analysis.guess("El batallón formó a la policía en la protección de los civiles")).isEqualTo(Analysis.Lang.ES);
    }

    @Test
    void snippetsMarkMatchesAsPartsAndCutLongTextsAroundThem() {
        var plan = QueryPlan.of("evacuation");
        var whole = Highlighter.whole("Casualty evacuations <b>drill</b>", Analysis.Lang.EN, plan.matcher());
        assertThat(whole.parts()).containsExactly(new Snippet.Part("Casualty ", false), new Snippet.Part("evacuations", true),
                new Snippet.Part(" <b>drill</b>", false));
        String longText = "word ".repeat(200) + "the evacuation took place " + "word ".repeat(200);
        var passage = Highlighter.passage(longText, Analysis.Lang.EN, plan.matcher(), 120);
        assertThat(passage.hasMatch()).isTrue();
        assertThat(passage.cutBefore()).isTrue();
        assertThat(passage.cutAfter()).isTrue();
        assertThat(passage.text().length()).isLessThan(160);
    }
}
