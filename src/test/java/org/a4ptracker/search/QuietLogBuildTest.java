package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An instance quiet for longer than the change log keeps: every change is pruned, then the index is built again (a
 * reindex, or a start). The build must not place this node below the pruned part of the log, or it would find itself
 * behind, refuse to follow and build again for ever; it follows, and a publication is found at once. Its own database
 * and no poller, so that nothing else moves the log meanwhile.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:a4p-search-quiet;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "a4p.sample-data.enabled=false", "a4p.search.poll-interval=1h"})
@Tag("h2")
class QuietLogBuildTest {

    @Autowired
    NodeIndex node;
    @Autowired
    ChangeLog changes;
    @Autowired
    SearchService search;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBuildAfterTheWholeLogWasPrunedFollowsTheLogAgain() {
        Instant now = Instant.now();
        changes.record(ChangeLog.ChangeKind.ACTION, -1L, now.minus(30, ChronoUnit.DAYS));
        assertThat(node.catchUp()).isTrue();
        assertThat(changes.prune(now.minus(7, ChronoUnit.DAYS))).isEqualTo(1);
        long pruned = changes.state().prunedBelow();
        assertThat(pruned).isPositive();

        node.rebuild();
        assertThat(node.status().appliedUpTo()).isEqualTo(pruned);
        assertThat(node.needsBuild()).isFalse();
        assertThat(node.catchUp()).isTrue();

        var accounts = new TestAccounts(jdbc);
        var focal = accounts.focalPointOf("KEN");
        long id = actions.create(focal, "KEN", new ActionContent("Quietwater ferry patrols", "After a quiet month", ActionStatus.ONGOING,
                2026, LocalDate.of(2026, 3, 1), null, List.of(13), List.of(), List.of()));
        actions.submit(focal, id, 0);
        actions.publish(accounts.reviewer(), id, 1);
        var found = search.search(null, new SearchRequest("Quietwater", Kind.ACTION, null, null, null, SearchRequest.Order.NEWEST,
                1, 20, Locale.ENGLISH));
        assertThat(found.groups()).flatExtracting(SearchResults.Group::hits).extracting(SearchHit::ref).containsExactly(String.valueOf(id));
    }
}
