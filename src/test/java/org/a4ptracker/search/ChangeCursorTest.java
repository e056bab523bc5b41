package org.a4ptracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The cursor over the change log: ids that commit out of order are not skipped; a rolled-back id is waited for a while. */
class ChangeCursorTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static ChangeLog.Change change(long id) {
        return new ChangeLog.Change(id, ChangeLog.ChangeKind.ACTION, id * 10, T0);
    }

    @Test
    void aLowerIdCommittedLaterIsStillApplied() {
        var cursor = new ChangeCursor(0, Duration.ofSeconds(60));
        var first = cursor.fresh(List.of(change(1), change(3)));
        cursor.applied(first, T0);
        assertThat(cursor.floor()).isEqualTo(1);
        assertThat(cursor.waitingFor()).isEqualTo(1);
        var second = cursor.fresh(List.of(change(2), change(3), change(4)));
        assertThat(second).extracting(ChangeLog.Change::id).containsExactly(2L, 4L);
        cursor.applied(second, T0.plusSeconds(1));
        assertThat(cursor.floor()).isEqualTo(4);
        assertThat(cursor.waitingFor()).isZero();
    }

    @Test
    void anIdThatNeverCommitsIsGivenUpAfterThePatience() {
        var cursor = new ChangeCursor(10, Duration.ofSeconds(60));
        cursor.applied(cursor.fresh(List.of(change(12))), T0);
        assertThat(cursor.floor()).isEqualTo(10);
        cursor.applied(cursor.fresh(List.of(change(12))), T0.plusSeconds(59));
        assertThat(cursor.floor()).isEqualTo(10);
        cursor.applied(cursor.fresh(List.of(change(12))), T0.plusSeconds(61));
        assertThat(cursor.floor()).isEqualTo(12);
    }

    @Test
    void changesAtOrBelowTheFloorAreNotAppliedAgain() {
        var cursor = new ChangeCursor(5, Duration.ofSeconds(60));
        assertThat(cursor.fresh(List.of(change(4), change(5), change(6)))).extracting(ChangeLog.Change::id).containsExactly(6L);
    }
}
