package org.a4ptracker.search;

import java.util.Locale;

/** What a search result is, in the order the result groups are shown; the parameter value is the lower-case name. */
public enum Kind {
    COMMITMENT, AREA, STAKEHOLDER, MISSION, INDICATOR, ROUND, ACTION,
    /** The signed-in person's own unpublished actions: never in the index, searched per request. */
    DRAFT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Everything but actions: a few hundred documents, rebuilt together whenever any of them changes. */
    boolean catalogue() {
        return this != ACTION && this != DRAFT;
    }
}
