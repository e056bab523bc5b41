package org.a4ptracker.framework;

/** Optional filters on the commitment list; null means "any". */
public record CommitmentFilter(Integer area, Actor actor) {
}
