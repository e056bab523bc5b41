package org.a4ptracker.shared;

/** An exception whose message for people is a {@link Text}, rendered in the reader's language by the web layer. */
public interface Localized {

    Text text();
}
