package org.a4ptracker.endorsement;

import java.time.LocalDate;
import java.util.Locale;

import org.a4ptracker.shared.LocalizedNames;

/** One stakeholder's endorsement of the Declaration. Sample rows are generated, never official. */
public record Endorsement(String stakeholderCode, String stakeholderType, LocalizedNames stakeholderNames,
                          LocalDate endorsedOn, String reference, String note, boolean sample) {

    public String stakeholderName(Locale locale) {
        return stakeholderNames.in(locale);
    }
}
