package org.a4ptracker.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reference texts (the Declaration's areas and commitments, indicator names) in the reader's
 * language where an official translation is loaded (table {@code data_translation}, with its
 * source), else in English and said so: {@link Shown#lang()} is then "en", for the page's
 * {@code lang} attribute and its note ({@link #englishNote()}). Templates call it as
 * {@code ${@texts.of('commitment', 12, 'text', c.text())}}.
 */
@Component("texts")
public class DataTexts {

    /** A text as shown: {@code official} is false when it is the English original standing in for a missing translation. */
    public record Shown(String text, String lang, boolean official, String source) {

        public boolean fallback() {
            return !official;
        }
    }

    private record Row(String code, String field, String text, String source) {
    }

    private final JdbcClient jdbc;
    private final List<TranslatableTexts> texts;
    private volatile Integer expected;

    DataTexts(JdbcClient jdbc, List<TranslatableTexts> texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    public Shown of(String entity, Object code, String field, String english) {
        return of(entity, code, field, english, LocaleContextHolder.getLocale());
    }

    public Shown of(String entity, Object code, String field, String english, Locale locale) {
        Locale language = Languages.orEnglish(locale);
        if (language.equals(Languages.ENGLISH)) {
            return new Shown(english, "en", true, null);
        }
        Row row = translations(entity, language.getLanguage()).get(code + "|" + field);
        return row == null ? new Shown(english, "en", false, null)
                : new Shown(row.text(), language.getLanguage(), true, row.source());
    }

    /**
     * Whether the page should now say that reference texts are shown in English: true once per request (the first
     * place that asks shows the note, a later section of the same page does not repeat it), when the reader's
     * language is not English and some area, commitment or indicator text has no official translation in it.
     */
    public boolean englishNote() {
        Locale language = Languages.orEnglish(LocaleContextHolder.getLocale());
        if (language.equals(Languages.ENGLISH) || !incomplete(language.getLanguage())) {
            return false;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = DataTexts.class.getName() + "|note";
        if (request == null) {
            return true;
        }
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) != null) {
            return false;
        }
        request.setAttribute(key, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        return true;
    }

    /** Whether some translatable text has no official row in this language (the loader admits rows of existing texts only). */
    private boolean incomplete(String lang) {
        long loaded = jdbc.sql("select count(*) from data_translation where lang = :lang").param("lang", lang).query(Long.class).single();
        return loaded < expected();
    }

    /** How many texts may be translated: reference data, fixed once the application has started. */
    private int expected() {
        Integer known = expected;
        if (known == null) {
            known = texts.stream().flatMap(t -> t.kinds().stream()).mapToInt(TranslatableTexts.Kind::texts).sum();
            expected = known;
        }
        return known;
    }

    /** Read once per request and kind (a list of 45 commitments asks 45 times). */
    private Map<String, Row> translations(String entity, String lang) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = DataTexts.class.getName() + '|' + entity + '|' + lang;
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Map<?, ?> known) {
            @SuppressWarnings("unchecked")
            Map<String, Row> rows = (Map<String, Row>) known;
            return rows;
        }
        Map<String, Row> rows = jdbc.sql("""
                        select code, field, text, source from data_translation where entity = :entity and lang = :lang""")
                .param("entity", entity).param("lang", lang).query(Row.class).list().stream()
                .collect(Collectors.toUnmodifiableMap(r -> r.code() + "|" + r.field(), r -> r));
        if (request != null) {
            request.setAttribute(key, rows, RequestAttributes.SCOPE_REQUEST);
        }
        return rows;
    }
}
