package org.a4ptracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Numbers, shares and dates as readers of each language write them (CLDR through ICU4J). */
class FormatsTest {

    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[\u200e\u200f\u061c]", "");
    }

    private static String number(String language, Number n) {
        return clean(Formats.number(n, Locale.forLanguageTag(language)));
    }

    @Test
    void decimalCommaInFrenchSpanishAndRussianPointInEnglishChineseAndArabic() {
        var amount = new BigDecimal("12345.5");
        assertThat(number("en", amount)).isEqualTo("12,345.5");
        assertThat(number("fr", amount)).isEqualTo("12 345,5");
        assertThat(number("es", amount)).isEqualTo("12.345,5");
        assertThat(number("ru", amount)).isEqualTo("12 345,5");
        assertThat(number("zh", amount)).isEqualTo("12,345.5");
        // CLDR's default numbering system for Arabic is Latin digits with Arabic separators or, as here, Western ones
        assertThat(number("ar", amount)).matches("12[,٬]345[.٫]5");
    }

    @Test
    void sharesArePercentagesPerLanguage() {
        assertThat(clean(Formats.percent(new BigDecimal("0.425"), 1, Locale.ENGLISH))).isEqualTo("42.5%");
        assertThat(clean(Formats.percent(new BigDecimal("0.425"), 1, Locale.FRENCH))).isEqualTo("42,5 %");
        assertThat(clean(Formats.percent(new BigDecimal("0.426"), 0, Locale.forLanguageTag("ru")))).isEqualTo("43 %");
    }

    @Test
    void datesHaveTheMonthNamesOfTheLanguage() {
        var day = LocalDate.of(2018, 9, 25);
        assertThat(clean(Formats.date(day, Locale.ENGLISH))).isEqualTo("Sep 25, 2018");
        assertThat(clean(Formats.date(day, Locale.FRENCH))).isEqualTo("25 sept. 2018");
        assertThat(clean(Formats.date(day, Locale.forLanguageTag("es")))).isEqualTo("25 sept 2018");
        assertThat(clean(Formats.date(day, Locale.forLanguageTag("zh")))).isEqualTo("2018年9月25日");
        assertThat(clean(Formats.date(day, Locale.forLanguageTag("ar")))).contains("سبتمبر");
    }

    @Test
    void messagesFormatTheirNumbersAndDatesAsThePagesDo() {
        var messages = new IcuMessageSource();
        var args = new Object[] {LocalDate.of(2026, 12, 31)};
        assertThat(clean(messages.getMessage("survey.refused.not-open", args, Locale.FRENCH))).isEqualTo("Ce cycle d’enquête s’ouvre le 31 déc. 2026.");
        assertThat(messages.getMessage("stakeholders.count", new Object[] {1}, Locale.forLanguageTag("ru"))).isEqualTo("1 заинтересованная сторона");
        assertThat(messages.getMessage("stakeholders.count", new Object[] {3}, Locale.forLanguageTag("ru"))).isEqualTo("3 заинтересованные стороны");
        assertThat(messages.getMessage("stakeholders.count", new Object[] {222}, Locale.forLanguageTag("ru"))).isEqualTo("222 заинтересованные стороны");
        assertThat(messages.getMessage("stakeholders.count", new Object[] {11}, Locale.forLanguageTag("ru"))).isEqualTo("11 заинтересованных сторон");
        assertThat(messages.getMessage("stakeholders.count", new Object[] {2}, Locale.forLanguageTag("ar"))).isEqualTo("جهتان معنيتان");
        // an unknown language falls back to English, never to the server's default locale
        assertThat(messages.getMessage("nav.overview", null, Locale.forLanguageTag("de"))).isEqualTo("Overview");
    }
}
