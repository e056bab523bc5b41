package org.a4ptracker.action;

import java.util.Collection;
import java.util.List;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action texts for search: published versions for everyone, in batches by id; a signed-in focal point's own
 * unpublished work (drafts, submissions, returned and withdrawn actions of the stakeholders it reports for) only to them.
 */
@Service
@Transactional(readOnly = true)
public class ActionTexts {

    private final ActionTextRepository repository;
    private final AccessPolicy access;

    ActionTexts(ActionTextRepository repository, AccessPolicy access) {
        this.repository = repository;
        this.access = access;
    }

    /** Published actions with an id above {@code afterId}, in id order, at most {@code limit}. */
    public List<ActionText> publishedAfter(long afterId, int limit) {
        return repository.publishedAfter(afterId, limit);
    }

    /** Those of the given actions that are published, as published; an id missing from the answer is not public. */
    public List<ActionText> published(Collection<Long> ids) {
        return repository.published(ids);
    }

    public long publishedCount() {
        return repository.publishedCount();
    }

    /**
     * The user's own unpublished work: the current version of the actions of the stakeholders they are focal point of
     * (not every stakeholder's, even for a reviewer), the most recently changed first.
     */
    public List<ActionText> ownUnpublished(CurrentUser user, int limit) {
        if (user == null || !user.isFocalPoint()) {
            return List.of();
        }
        var own = user.stakeholderIds().stream().filter(id -> access.canReadUnpublishedOf(user, id)).toList();
        return repository.unpublishedOf(own, limit);
    }
}
