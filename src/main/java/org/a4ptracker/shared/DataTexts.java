package org.a4ptracker.shared;

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
 * {@code lang} attribute and its note. Templates call it as {@code ${@texts.of('commitment', 12, 'text', c.text())}}.
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

    DataTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** True when no official text of this kind is loaded in the reader's language: the page says the texts are in English. */
    public boolean englishOnly(String entity) {
        Locale language = Languages.orEnglish(LocaleContextHolder.getLocale());
        return !language.equals(Languages.ENGLISH) && translations(entity, language.getLanguage()).isEmpty();
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
