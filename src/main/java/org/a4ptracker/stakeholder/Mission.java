package org.a4ptracker.stakeholder;

import java.util.List;
import java.util.Locale;

import org.a4ptracker.shared.LocalizedNames;

/** A peacekeeping mission: active while it has no end year. */
public record Mission(String code, LocalizedNames names, String location, List<HostRef> hosts, int startYear,
                      Integer endYear, String predecessor, String note, String source) {

    public record HostRef(String code, LocalizedNames names) {
        public String name(Locale locale) {
            return names.in(locale);
        }
    }

    @com.fasterxml.jackson.annotation.JsonProperty("active")
    public boolean active() {
        return endYear == null;
    }

    public String name(Locale locale) {
        return names.in(locale);
    }
}
