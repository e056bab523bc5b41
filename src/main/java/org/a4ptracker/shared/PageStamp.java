package org.a4ptracker.shared;

/**
 * What some public pages depend on beyond the public data versions ({@link PublicData}), for the pages a node keeps
 * rendered (web.KeptPages): a module whose pages read state of its own (this node's search index) declares it as a
 * bean, and a page is kept under its stamp, so that the page is rendered again once the stamp moves.
 */
public interface PageStamp {

    /** Whether the page at this path (without the query) depends on it. */
    boolean covers(String path);

    /** A value that changes whenever what those pages show may have changed. */
    String stamp();
}
