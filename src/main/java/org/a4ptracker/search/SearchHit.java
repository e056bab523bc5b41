package org.a4ptracker.search;

import java.util.List;

/**
 * One result: its kind, reference (number, code or id) and address, its title and a passage with the matching words
 * marked, and for an action (published, or the reader's own unpublished one) who reported it, the cycle, status,
 * commitments, review state and whether it is sample data.
 */
public record SearchHit(Kind kind, String ref, String url, Snippet title, Snippet passage, ActionInfo action) {

    public record ActionInfo(String stakeholderCode, String stakeholderName, String status, int cycle, List<Integer> commitments,
                             String state, boolean sample) {
    }
}
