package org.a4ptracker.action;

/** Optional filters on action lists; null means "any". */
public record ActionFilter(Integer area, Integer commitment, String stakeholder, String mission, ActionStatus status,
                           Integer cycle) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null);
    }
}
