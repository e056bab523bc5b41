package org.a4ptracker.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The six official UN languages of the interface. Each is named in its own language in the
 * language menu, so these names are the same in every bundle and live here, not in the bundles.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** In the order of the UN's own language menus. */
    public static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("ar"), Locale.forLanguageTag("zh"),
            Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

    private static final Map<String, String> NATIVE_NAMES = Map.of("ar", "العربية", "zh", "中文", "en", "English",
            "fr", "Français", "ru", "Русский", "es", "Español");

    private Languages() {
    }

    /** The supported language of this locale (any region or script: zh-CN, zh-Hans and fr-CA count), if any. */
    public static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    /** The supported language of this locale, or English. */
    public static Locale orEnglish(Locale locale) {
        return supported(locale).orElse(ENGLISH);
    }

    public static String nativeName(Locale language) {
        return NATIVE_NAMES.get(language.getLanguage());
    }

    public static boolean rightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
