package org.a4ptracker.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deep pages of the public list read from boundaries give what the offset walk gives, row for row; run on H2
 * and on PostgreSQL by the subclasses. A step of 100 reaches deep pages with a few hundred actions.
 */
abstract class PublicListPagesContract {

    private static final int STEP = 100;
    private static final String MARKER = "Deep page action ";
    private static final ActionListRepository.Criteria ALL = new ActionListRepository.Criteria(null, null, null, null, null, null, null);

    @Autowired
    ActionService actions;
    @Autowired
    ActionQueries queries;
    @Autowired
    ActionListRepository lists;
    @Autowired
    ActionFigures figures;
    @Autowired
    JdbcClient jdbc;

    ActionMother mother;
    CurrentUser nepal;
    CurrentUser reviewer;
    CountingLists counting;
    PublicListPages pages;

    /** Counts how often the boundaries are computed, to see them kept and evicted. */
    static final class CountingLists extends ActionListRepository {
        int computed;

        CountingLists(JdbcClient jdbc) {
            super(jdbc);
        }

        @Override
        List<Key> boundaries(Criteria c, int step) {
            computed++;
            return super.boundaries(c, step);
        }
    }

    @BeforeEach
    void deepList() {
        mother = new ActionMother(jdbc);
        nepal = mother.focalPointOf("NPL");
        reviewer = mother.reviewer();
        counting = new CountingLists(jdbc);
        pages = new PublicListPages(counting, figures, STEP);
        if (mother.count("select count(*) from action_version where title like '" + MARKER + "%'") == 0) {
            publishDeepList(); // once per database: the tests compare with the offset walk of whatever the list holds
        }
        figures.ready(); // each test starts with no boundaries kept (and the ties below are written directly)
    }

    private void publishDeepList() {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 350; i++) {
            ids.add(publish(MARKER + i));
        }
        // runs of 40 published at the same instant, so that boundaries fall inside and at the end of ties; in 2010,
        // at the end of the list, so that other tests sharing the database still find their actions among the newest
        for (int from = 0; from < ids.size(); from += 40) {
            var run = ids.subList(from, Math.min(ids.size(), from + 40));
            var at = java.sql.Timestamp.from(Instant.parse("2010-01-01T12:00:00Z").plus(java.time.Duration.ofDays(from)));
            jdbc.sql("update action set published_at = :at where id in (:run)").param("at", at).param("run", run).update();
        }
    }

    private long publish(String title) {
        long id = actions.create(nepal, "NPL", new ActionContent(title, "Done", ActionStatus.COMPLETED, 2025, null, null,
                List.of(20), List.of(), List.of()));
        actions.submit(nepal, id, 0);
        actions.publish(reviewer, id, 1);
        return id;
    }

    private List<ActionListRepository.Row> plain(ActionListRepository.Criteria c, int page, int size) {
        return lists.find(ActionListRepository.View.PUBLIC, c, new PageRequest(page, size));
    }

    private List<ActionListRepository.Row> deep(ActionListRepository.Criteria c, int page, int size) {
        return pages.find(c, new PageRequest(page, size));
    }

    private static List<Long> ids(List<ActionListRepository.Row> rows) {
        return rows.stream().map(ActionListRepository.Row::id).toList();
    }

    @Test
    void theBoundariesAreTheKeysOfEveryHundredthRow() {
        var all = lists.findAll(ActionListRepository.View.PUBLIC, ALL);
        var expected = new ArrayList<ActionListRepository.Key>();
        for (int row = STEP; row <= all.size(); row += STEP) {
            expected.add(new ActionListRepository.Key(all.get(row - 1).publishedAt(), all.get(row - 1).id()));
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(350);
        assertThat(lists.boundaries(ALL, STEP)).hasSize(all.size() / STEP).isEqualTo(expected);
        // ties: at least one boundary shares its published_at with the row after it
        assertThat(expected).anySatisfy(k -> {
            int row = ids(all).indexOf(k.id());
            assertThat(row + 1).isLessThan(all.size());
            assertThat(all.get(row + 1).publishedAt()).isEqualTo(k.publishedAt());
        });
    }

    @Test
    void deepPagesEqualTheOffsetWalkRowForRow() {
        long total = lists.count(ActionListRepository.View.PUBLIC, ALL);
        int last = (int) ((total + 24) / 25);
        // 5: right after the first boundary; 8: up to the second; 29 of 7 and 67 of 3: across the second; the last, partial
        int[][] requests = {{1, 25}, {4, 25}, {5, 25}, {8, 25}, {9, 25}, {13, 25}, {29, 7}, {67, 3}, {34, 3}, {last - 1, 25},
                {last, 25}};
        for (int[] r : requests) {
            var deep = deep(ALL, r[0], r[1]);
            assertThat(deep).as("page %d of %d", r[0], r[1]).isNotEmpty().isEqualTo(plain(ALL, r[0], r[1]));
        }
        assertThat(deep(ALL, last, 25)).hasSize((int) (total - (last - 1) * 25L));
        assertThat(deep(ALL, last + 1, 25)).isEmpty();
        assertThat(deep(ALL, 1000, 25)).isEmpty();
        // page 5 starts right after the first boundary, the last row of page 4
        assertThat(lists.boundaries(ALL, STEP).get(0).id()).isEqualTo(plain(ALL, 4, 25).get(24).id());
        assertThat(counting.computed).as("computed once, then kept").isEqualTo(1);
    }

    @Test
    void filteredListsReadDeepPagesFromTheirOwnBoundaries() {
        long npl = jdbc.sql("select id from stakeholder where code = 'NPL'").query(Long.class).single();
        var byNepalIn2025 = new ActionListRepository.Criteria(null, npl, null, null, 2025, null, null);
        var onCommitment20 = new ActionListRepository.Criteria(List.of(20), null, null, ActionStatus.COMPLETED, null, null, null);
        for (var c : List.of(byNepalIn2025, onCommitment20)) {
            long total = lists.count(ActionListRepository.View.PUBLIC, c);
            assertThat(total).isGreaterThanOrEqualTo(350);
            for (int page : new int[] {4, 5, 9, 12, (int) ((total + 24) / 25)}) {
                assertThat(deep(c, page, 25)).as("page %d", page).isNotEmpty().isEqualTo(plain(c, page, 25));
            }
        }
        assertThat(counting.computed).isEqualTo(2);
    }

    @Test
    void publishingAndWithdrawingShiftTheDeepPages() {
        var firstPage = queries.published(ActionFilter.none(), new org.a4ptracker.shared.PageRequest(1, 25));
        assertThat(queries.published(ActionFilter.none(), new org.a4ptracker.shared.PageRequest(1, 25)).items())
                .as("the first page is kept").isSameAs(firstPage.items());
        var before = deep(ALL, 9, 25);
        var rowBefore = plain(ALL, 8, 25).get(24);
        assertThat(before).isEqualTo(plain(ALL, 9, 25));
        assertThat(counting.computed).isEqualTo(1);

        long newest = publish("Published after the boundaries " + Instant.now());
        var after = deep(ALL, 9, 25);
        assertThat(counting.computed).as("evicted by the publication").isEqualTo(2);
        assertThat(after).isEqualTo(plain(ALL, 9, 25));
        assertThat(after.get(0)).isEqualTo(rowBefore);
        assertThat(ids(after).subList(1, 25)).isEqualTo(ids(before).subList(0, 24));
        assertThat(ids(deep(ALL, 1, 25)).get(0)).isEqualTo(newest);
        var keptAfter = queries.published(ActionFilter.none(), new org.a4ptracker.shared.PageRequest(1, 25));
        assertThat(keptAfter.items().get(0).id()).as("the kept first page was evicted by the publication").isEqualTo(newest);
        assertThat(keptAfter.items().subList(1, 25)).isEqualTo(firstPage.items().subList(0, 24));
        assertThat(keptAfter.totalItems()).isEqualTo(firstPage.totalItems() + 1);

        actions.withdraw(nepal, newest, queries.detail(reviewer, newest).lockVersion(), "Published twice by mistake");
        assertThat(deep(ALL, 9, 25)).isEqualTo(before);
        assertThat(counting.computed).as("evicted by the withdrawal").isEqualTo(3);
        assertThat(queries.published(ActionFilter.none(), new org.a4ptracker.shared.PageRequest(1, 25)).items())
                .as("and so was the kept first page").isEqualTo(firstPage.items());
    }
}
