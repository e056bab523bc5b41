package org.a4ptracker.action;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.a4ptracker.shared.LocalizedNames;

/**
 * One action as a given reader may see it. {@code current} is the working version and is null
 * for readers without access to unpublished work; {@code published} is null until published.
 */
public record ActionDetail(long id, String stakeholderCode, LocalizedNames stakeholderNames, ActionState state, int lockVersion,
                           String reason, Version current, Version published, Instant createdAt, Instant updatedAt,
                           Instant submittedAt, Instant publishedAt, boolean sample, List<ActionTransition> allowed,
                           List<Attachment> attachments) {

    /** A version with its missions as codes and its author's name. */
    public record Version(int number, ActionContent content, Instant createdAt, String author) {
    }

    public String stakeholderName(Locale locale) {
        return stakeholderNames.in(locale);
    }

    public boolean can(String transition) {
        return allowed.contains(ActionTransition.valueOf(transition));
    }

    /** True while a revision of a published action is being written or reviewed. */
    public boolean revisionPending() {
        return published != null && current != null && current.number() != published.number();
    }
}
