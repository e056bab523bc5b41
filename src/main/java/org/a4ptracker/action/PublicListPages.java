package org.a4ptracker.action;

import java.util.List;

import org.a4ptracker.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Pages of a public action list at the same cost however deep: an offset walk reads every row it skips (page
 * 10,000 of 500,000 actions: 250,000 index entries), so a page at or past row {@code step} starts from the
 * nearest boundary before it (the key of every {@code step}th row, computed once per list and kept with the
 * figures until a publication changes the lists) and skips fewer than {@code step} rows from there.
 * Shallow pages keep the plain offset walk.
 */
@Component
class PublicListPages {

    static final int STEP = 1000;

    private final ActionListRepository lists;
    private final ActionFigures figures;
    private final int step;

    @Autowired
    PublicListPages(ActionListRepository lists, ActionFigures figures) {
        this(lists, figures, STEP);
    }

    /** A smaller step lets a test reach deep pages with a few hundred actions. */
    PublicListPages(ActionListRepository lists, ActionFigures figures, int step) {
        this.lists = lists;
        this.figures = figures;
        this.step = step;
    }

    List<ActionListRepository.Row> find(ActionListRepository.Criteria c, PageRequest page) {
        long offset = page.offset();
        if (offset < step) {
            return lists.find(ActionListRepository.View.PUBLIC, c, page);
        }
        var boundaries = figures.boundaries(List.of("publicBoundaries", step, c), () -> lists.boundaries(c, step));
        // boundary k - 1 is row k × step (counted from 1): the rows after it start at offset k × step
        int k = (int) Math.min(offset / step, boundaries.size());
        if (k == 0) {
            return lists.find(ActionListRepository.View.PUBLIC, c, page);
        }
        var from = boundaries.get(k - 1);
        return lists.findPublishedAfter(c, from.publishedAt(), from.id(), offset - (long) k * step, page.size());
    }
}
