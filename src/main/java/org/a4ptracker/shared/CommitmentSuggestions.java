package org.a4ptracker.shared;

import java.util.List;

/**
 * Proposes the commitments an action's text most likely serves, for the person writing it to confirm: a page or an
 * import shows them, never ticks them. Implemented by the search module, so that the action module needs no
 * dependency on it.
 */
public interface CommitmentSuggestions {

    /** At most {@code limit} commitments, most likely first; empty when the text gives nothing to go on. */
    List<Suggestion> suggest(String title, String description, int limit);

    /**
     * A commitment with a relative score (1 for the first), the words of the text that it shares with the commitment,
     * its area's statement or the similar published actions, and how many of those similar actions serve it.
     */
    record Suggestion(int commitment, double score, List<String> matchedWords, int similarActions) {
    }
}
