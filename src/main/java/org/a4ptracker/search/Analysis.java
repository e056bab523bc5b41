package org.a4ptracker.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The language-aware analysis. Text in Latin script is stemmed as English, French or Spanish (the language a text
 * is written in is told, or guessed from its stop words); Cyrillic words are stemmed as Russian and Arabic words
 * normalised and stemmed whatever the Latin language, since those steps touch only their own script; Chinese,
 * Japanese and Korean text is indexed as overlapping bigrams. A query is analysed in every language (see
 * {@link QueryPlan}), so it finds a document whichever language it was stemmed in.
 */
final class Analysis {

    /** How the Latin-script words of a text are stemmed. NEUTRAL: not stemmed (names, codes, other languages). */
    enum Lang { EN, FR, ES, NEUTRAL }

    record Token(String term, int start, int end) {
    }

    private static final Map<Lang, Analyzer> ANALYZERS = new EnumMap<>(Lang.class);
    private static final CharArraySet OTHER_SCRIPT_STOPS = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), false);

    static {
        OTHER_SCRIPT_STOPS.addAll(ArabicAnalyzer.getDefaultStopSet());
        for (Lang lang : Lang.values()) {
            ANALYZERS.put(lang, new LangAnalyzer(lang));
        }
    }

    private Analysis() {
    }

    static Analyzer analyzer(Lang lang) {
        return ANALYZERS.get(lang);
    }

    /** The Latin-script language a name in a UN language is stemmed in. */
    static Lang ofLanguageTag(String tag) {
        return switch (tag == null ? "" : tag.toLowerCase(Locale.ROOT)) {
            case "en" -> Lang.EN;
            case "fr" -> Lang.FR;
            case "es" -> Lang.ES;
            default -> Lang.NEUTRAL;
        };
    }

    /** The tokens of a text as the language's analyser makes them, with their offsets in the text. */
    static List<Token> tokens(Lang lang, String text) {
        var tokens = new ArrayList<Token>();
        try (TokenStream stream = analyzer(lang).tokenStream("", new StringReader(text))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** Guesses among English, French and Spanish by counting each language's stop words; English when none is ahead. */
    static Lang guess(String text) {
        int en = 0;
        int fr = 0;
        int es = 0;
        int words = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty() || ++words > 400) {
                continue;
            }
            en += EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) ? 1 : 0;
            fr += FrenchAnalyzer.getDefaultStopSet().contains(w) ? 1 : 0;
            es += SpanishAnalyzer.getDefaultStopSet().contains(w) ? 1 : 0;
        }
        if (fr > en && fr >= es) {
            return Lang.FR;
        }
        return es > en && es > fr ? Lang.ES : Lang.EN;
    }

    private static final class LangAnalyzer extends Analyzer {
        private final Lang lang;

        LangAnalyzer(Lang lang) {
            this.lang = lang;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream t = new CJKWidthFilter(source);
            if (lang == Lang.FR) {
                t = new ElisionFilter(t, FrenchAnalyzer.DEFAULT_ARTICLES);
            }
            t = new CJKBigramFilter(new LowerCaseFilter(t));
            t = new StopFilter(t, OTHER_SCRIPT_STOPS);
            t = switch (lang) {
                case EN -> new PorterStemFilter(new StopFilter(new EnglishPossessiveFilter(t), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
                case FR -> new FrenchLightStemFilter(new StopFilter(t, FrenchAnalyzer.getDefaultStopSet()));
                case ES -> new SpanishLightStemFilter(new StopFilter(t, SpanishAnalyzer.getDefaultStopSet()));
                case NEUTRAL -> t;
            };
            t = new Script(t, c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC,
                    in -> new SnowballFilter(in, new RussianStemmer()));
            t = new Script(t, c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC,
                    in -> new ArabicStemFilter(new ArabicNormalizationFilter(in)));
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(t));
        }
    }

    /** Applies a filter only to the words whose first letter is of one script. */
    private static final class Script extends ConditionalTokenFilter {
        private final Predicate<Integer> script;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Script(TokenStream input, Predicate<Integer> script, java.util.function.Function<TokenStream, TokenStream> filter) {
            super(input, filter);
            this.script = script;
        }

        @Override
        protected boolean shouldFilter() {
            return term.length() > 0 && script.test(Character.codePointAt(term, 0));
        }
    }
}
