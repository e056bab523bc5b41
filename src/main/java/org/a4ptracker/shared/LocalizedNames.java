package org.a4ptracker.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A name in the six UN languages; a missing translation falls back to English. */
public record LocalizedNames(String en, String fr, String es, String ru, String zh, String ar) {

    public String in(Locale locale) {
        String name = switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> fr;
            case "es" -> es;
            case "ru" -> ru;
            case "zh" -> zh;
            case "ar" -> ar;
            default -> en;
        };
        return name == null || name.isBlank() ? en : name;
    }

    public Map<String, String> asMap() {
        var names = new LinkedHashMap<String, String>();
        names.put("en", en);
        names.put("fr", fr);
        names.put("es", es);
        names.put("ru", ru);
        names.put("zh", zh);
        names.put("ar", ar);
        return names;
    }
}
