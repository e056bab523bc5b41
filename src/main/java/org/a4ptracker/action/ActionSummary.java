package org.a4ptracker.action;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.a4ptracker.shared.LocalizedNames;

/** One line of an action list: the version the reader may see (published, or the current one in a workspace). */
public record ActionSummary(long id, String stakeholderCode, LocalizedNames stakeholderNames, String title, ActionStatus status,
                            int reportingCycle, ActionState state, List<Integer> commitments, Instant publishedAt,
                            Instant updatedAt, Instant submittedAt, String reason, boolean sample) {

    public String stakeholderName(Locale locale) {
        return stakeholderNames.in(locale);
    }
}
