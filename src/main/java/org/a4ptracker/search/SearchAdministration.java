package org.a4ptracker.search;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The full reindex an administrator asks for (after data was changed by SQL, say): the generation in the database
 * goes up, and every node, seeing it at its next poll, builds a fresh index and swaps it in; searches go on meanwhile.
 */
@Service
public class SearchAdministration {

    private final ChangeLog changes;
    private final NodeIndex node;
    private final AccessPolicy access;
    private final AuditLog audit;

    SearchAdministration(ChangeLog changes, NodeIndex node, AccessPolicy access, AuditLog audit) {
        this.changes = changes;
        this.node = node;
        this.access = access;
        this.audit = audit;
    }

    /** Returns the new generation. */
    @Transactional
    public long reindex(CurrentUser admin) {
        access.requireAdministrator(admin, "REINDEX_SEARCH");
        long generation = changes.nextGeneration();
        audit.changed(admin, "REINDEX_SEARCH", "search_index", generation, null, "full reindex on every node, generation " + generation);
        return generation;
    }

    public IndexStatus status(CurrentUser admin) {
        access.requireAdministrator(admin, "READ_SEARCH_INDEX");
        return node.status();
    }
}
