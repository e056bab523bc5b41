package org.a4ptracker.shared;

/**
 * An event after which what the public sees may have changed (an action published or withdrawn, a
 * survey round's results, an indicator period moved): caches of public figures that depend on
 * several modules listen to this one type, after the commit.
 */
public interface PublicDataChanged {
}
