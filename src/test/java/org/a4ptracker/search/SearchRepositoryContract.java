package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.a4ptracker.action.ActionContent;
import org.a4ptracker.action.ActionService;
import org.a4ptracker.action.ActionStatus;
import org.a4ptracker.action.ActionText;
import org.a4ptracker.action.ActionTexts;
import org.a4ptracker.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The search change log and the action texts it reads, on a real database; run on H2 and PostgreSQL by the subclasses. */
abstract class SearchRepositoryContract {

    @Autowired
    ChangeLog changes;
    @Autowired
    ActionTexts texts;
    @Autowired
    ActionService actions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void aPublicationIsLoggedInItsTransactionAndARollbackLogsNothing() {
        var accounts = new TestAccounts(jdbc);
        var focal = accounts.focalPointOf("KEN");
        long before = changes.lastBefore(Instant.now().plusSeconds(60));
        long id = actions.create(focal, "KEN", content("Logged publication"));
        actions.submit(focal, id, 0);
        actions.publish(accounts.reviewer(), id, 1);
        assertThat(changes.after(before, 100)).anyMatch(c -> c.kind() == ChangeLog.ChangeKind.ACTION && c.refId() == id);

        tx.executeWithoutResult(status -> {
            changes.record(ChangeLog.ChangeKind.ACTION, -42L, Instant.now());
            status.setRollbackOnly();
        });
        assertThat(changes.after(before, 1000)).noneMatch(c -> c.refId() != null && c.refId() == -42L);
    }

    @Test
    void theStateNamesTheDatabaseOnceAndAReindexRaisesTheGeneration() {
        var first = changes.state();
        assertThat(first.instanceId()).hasSize(36);
        assertThat(changes.state().instanceId()).isEqualTo(first.instanceId());
        long next = tx.execute(s -> changes.nextGeneration());
        assertThat(next).isGreaterThan(first.generation());
        assertThat(changes.state().generation()).isEqualTo(next);
    }

    @Test
    void pruningForgetsOldChangesUpToTheFirstRecentOneAndSaysUpToWhere() {
        Instant now = Instant.now();
        Instant old = now.minus(30, ChronoUnit.DAYS);
        // the first changes of a long-running log (ids below every other; a node's cursor never reads below 0)
        for (long id : new long[] {-2_000_002L, -2_000_001L}) {
            jdbc.sql("insert into search_change (id, kind, ref_id, changed_at) values (:id, 'ACTION', -7, :at)")
                    .param("id", id).param("at", java.sql.Timestamp.from(old)).update();
        }
        changes.record(ChangeLog.ChangeKind.ACTION, -7L, now);
        long recent = changes.lastBefore(now.plusSeconds(1));
        // logged after it by a node whose clock is a month behind: older by its date, newer by its id
        changes.record(ChangeLog.ChangeKind.ACTION, -8L, old);
        long lateButOld = changes.lastBefore(old.plusSeconds(1));

        assertThat(changes.prune(now.minus(7, ChronoUnit.DAYS))).isGreaterThanOrEqualTo(2);

        var left = changes.after(-3_000_000L, 100_000).stream().map(ChangeLog.Change::id).toList();
        assertThat(left).doesNotContain(-2_000_002L, -2_000_001L).contains(recent, lateButOld);
        assertThat(changes.state().prunedBelow()).isLessThan(recent);
        assertThat(changes.prune(now.minus(7, ChronoUnit.DAYS))).isZero();
    }

    @Test
    void actionTextsArePublishedVersionsForAllAndOwnDraftsForTheirFocalPointOnly() {
        var accounts = new TestAccounts(jdbc);
        var focal = accounts.focalPointOf("SEN");
        long draft = actions.create(focal, "SEN", content("Senegal draft text"));
        var published = texts.publishedAfter(0, 100_000);
        assertThat(published).isSortedAccordingTo(java.util.Comparator.comparingLong(ActionText::id));
        assertThat(published).extracting(ActionText::id).doesNotContain(draft);
        assertThat(published).allMatch(t -> !t.commitments().isEmpty() && t.publishedAt() != null);
        assertThat(texts.published(List.of(draft, published.get(0).id()))).extracting(ActionText::id).containsExactly(published.get(0).id());
        assertThat(texts.publishedCount()).isEqualTo(published.size());
        assertThat(texts.ownUnpublished(focal, 10)).extracting(ActionText::title).containsExactly("Senegal draft text");
        assertThat(texts.ownUnpublished(focal, 10).get(0).commitments()).containsExactly(13, 14);
        assertThat(texts.ownUnpublished(accounts.reviewer(), 10)).isEmpty();
        assertThat(texts.ownUnpublished(accounts.focalPointOf("MLI"), 10)).isEmpty();
    }

    private static ActionContent content(String title) {
        return new ActionContent(title, "For the search repository test", ActionStatus.ONGOING, 2026, LocalDate.of(2026, 2, 1), null,
                List.of(13, 14), List.of(), List.of());
    }
}
