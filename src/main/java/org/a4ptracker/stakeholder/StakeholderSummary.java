package org.a4ptracker.stakeholder;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.a4ptracker.shared.LocalizedNames;

/** What a list needs of a stakeholder. */
public record StakeholderSummary(@JsonIgnore long id, String code, StakeholderType type, LocalizedNames names, String iso2,
                                 String isoNumeric, String region, boolean sample) {

    public String name(Locale locale) {
        return names.in(locale);
    }

    @JsonIgnore
    public boolean state() {
        return type == StakeholderType.MEMBER_STATE || type == StakeholderType.OBSERVER_STATE;
    }
}
