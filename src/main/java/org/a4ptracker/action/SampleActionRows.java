package org.a4ptracker.action;

import static org.a4ptracker.shared.SampleHash.below;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a4ptracker.action.SamplePlan.Flow;
import org.a4ptracker.action.SamplePlan.Planned;

/**
 * The rows the workflow would have written for planned actions, ready for {@link org.a4ptracker.shared.BulkInsert}:
 * the action head as {@code ActionService.move} leaves it (state, versions, published cycle and status, lock version
 * counting every save, times of the last submission and publication), each version with its commitments and
 * missions, and the history events a focal point's submissions and a reviewer's decisions leave. Dates are derived
 * from the action's number and never pass {@link #LIMIT}, so the same instance is generated on every run.
 */
final class SampleActionRows {

    /** The latest moment of the generated history. */
    static final Instant LIMIT = Instant.parse("2026-11-30T12:00:00Z");

    final List<Object[]> heads = new ArrayList<>();
    final List<Object[]> versions = new ArrayList<>();
    final List<Object[]> commitments = new ArrayList<>();
    final List<Object[]> missions = new ArrayList<>();
    final List<Object[]> events = new ArrayList<>();

    private final Map<Long, Long> authors;
    private final long reviewer;
    private final Map<Integer, Integer> areaOf;
    private final Map<Long, String> names;

    /** {@code authors}: the focal point's user id per stakeholder id; {@code names}: English names per stakeholder id. */
    SampleActionRows(Map<Long, Long> authors, long reviewer, Map<Integer, Integer> areaOf, Map<Long, String> names) {
        this.authors = authors;
        this.reviewer = reviewer;
        this.areaOf = areaOf;
        this.names = names;
    }

    /** The head of each action, in plan order; {@link #addDetails} follows once their ids are known. */
    void addHead(Planned p) {
        long author = authors.get(p.reporter().id());
        Times t = times(p.n(), p.cycle());
        Flow f = p.flow();
        boolean published = f == Flow.PUBLISHED || f == Flow.REVISED || f == Flow.REVISION_IN_REVIEW;
        int current = f == Flow.REVISED || f == Flow.REVISION_IN_REVIEW ? 2 : 1;
        Integer publishedVersion = !published ? null : f == Flow.REVISED ? 2 : 1;
        ActionStatus publishedStatus = publishedVersion == null ? null : status(p, publishedVersion);
        String state = switch (f) {
            case PUBLISHED, REVISED -> "PUBLISHED";
            case IN_REVIEW, REVISION_IN_REVIEW -> "SUBMITTED";
            case RETURNED -> "RETURNED";
            case DRAFT -> "DRAFT";
        };
        int saves = switch (f) {
            case DRAFT -> 0;
            case IN_REVIEW -> 1;
            case RETURNED, PUBLISHED -> 2;
            case REVISION_IN_REVIEW -> 4;
            case REVISED -> 5;
        };
        Instant updated = switch (f) {
            case DRAFT -> t.created;
            case IN_REVIEW -> t.submitted;
            case RETURNED, PUBLISHED -> t.decided;
            case REVISION_IN_REVIEW -> t.submitted2;
            case REVISED -> t.published2;
        };
        boolean byReviewer = f == Flow.RETURNED || f == Flow.PUBLISHED || f == Flow.REVISED;
        Instant submittedAt = f == Flow.DRAFT ? null : current == 2 ? t.submitted2 : t.submitted;
        Instant publishedAt = !published ? null : f == Flow.REVISED ? t.published2 : t.decided;
        heads.add(new Object[] {p.reporter().id(), state, current, publishedVersion, publishedVersion == null ? null : p.cycle(),
                publishedStatus == null ? null : publishedStatus.name(),
                f == Flow.RETURNED ? SampleTexts.RETURN_REASONS[below(p.n(), 70, SampleTexts.RETURN_REASONS.length)] : null,
                saves, ts(t.created), author, ts(updated), byReviewer ? reviewer : author, ts(submittedAt), ts(publishedAt), true});
    }

    /** Versions, their commitments and missions, and the history of the action with this id. */
    void addDetails(Planned p, long id) {
        long author = authors.get(p.reporter().id());
        Times t = times(p.n(), p.cycle());
        Flow f = p.flow();
        addVersion(p, id, 1, t.created, author);
        if (f == Flow.DRAFT) {
            return;
        }
        event(id, t.submitted, author, "SUBMIT", "DRAFT", "SUBMITTED", 1, null);
        if (f == Flow.IN_REVIEW) {
            return;
        }
        if (f == Flow.RETURNED) {
            event(id, t.decided, reviewer, "RETURN", "SUBMITTED", "RETURNED", 1,
                    SampleTexts.RETURN_REASONS[below(p.n(), 70, SampleTexts.RETURN_REASONS.length)]);
            return;
        }
        event(id, t.decided, reviewer, "PUBLISH", "SUBMITTED", "PUBLISHED", 1, null);
        if (f == Flow.REVISED || f == Flow.REVISION_IN_REVIEW) {
            addVersion(p, id, 2, t.created2, author);
            event(id, t.created2, author, "EDIT", "PUBLISHED", "DRAFT", 2, null);
            event(id, t.submitted2, author, "SUBMIT", "DRAFT", "SUBMITTED", 2, null);
            if (f == Flow.REVISED) {
                event(id, t.published2, reviewer, "PUBLISH", "SUBMITTED", "PUBLISHED", 2, null);
            }
        }
    }

    private void addVersion(Planned p, long id, int no, Instant at, long author) {
        LocalDate written = at.atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate start = LocalDate.of(p.cycle(), 1 + below(p.n(), 60, 6), 1);
        start = start.isAfter(written) ? written : start;
        ActionStatus status = status(p, no);
        LocalDate end = status == ActionStatus.COMPLETED || status == ActionStatus.DISCONTINUED
                ? min(start.plusMonths(1 + below(p.n(), 61, 8)), written) : null;
        versions.add(new Object[] {id, no, SampleTexts.title(p.n(), areaOf.get(p.commitments().get(0)), no),
                SampleTexts.description(p.n(), names.get(p.reporter().id())), status.name(), p.cycle(), java.sql.Date.valueOf(start),
                end == null ? null : java.sql.Date.valueOf(end), SampleTexts.evidence(p.n()), ts(at), author});
        p.commitments().forEach(c -> commitments.add(new Object[] {id, no, c}));
        p.missions().forEach(m -> missions.add(new Object[] {id, no, m}));
    }

    /** A revision moves the action on: planned becomes ongoing, ongoing becomes completed. */
    private static ActionStatus status(Planned p, int version) {
        if (version == 1) {
            return p.status();
        }
        return switch (p.status()) {
            case PLANNED -> ActionStatus.ONGOING;
            case ONGOING -> ActionStatus.COMPLETED;
            default -> p.status();
        };
    }

    private void event(long id, Instant at, long user, String transition, String from, String to, int version, String reason) {
        events.add(new Object[] {id, ts(at), user, transition, from, to, version, reason});
    }

    /** Written during the cycle, submitted days later, decided weeks later; a revision some weeks after publication. */
    private record Times(Instant created, Instant submitted, Instant decided, Instant created2, Instant submitted2, Instant published2) {
    }

    private static Times times(int n, int cycle) {
        int latestDay = cycle == SamplePlan.LAST_CYCLE ? 240 : 330;
        Instant created = LocalDate.of(cycle, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(Duration.ofDays(below(n, 80, latestDay))).plus(Duration.ofMinutes(420 + below(n, 81, 600)));
        Instant submitted = created.plus(Duration.ofDays(2 + below(n, 82, 18)));
        Instant decided = submitted.plus(Duration.ofDays(3 + below(n, 83, 28))).plus(Duration.ofMinutes(below(n, 84, 300)));
        Instant created2 = decided.plus(Duration.ofDays(10 + below(n, 85, 50)));
        Instant submitted2 = created2.plus(Duration.ofDays(1 + below(n, 86, 9)));
        Instant published2 = submitted2.plus(Duration.ofDays(3 + below(n, 87, 17)));
        return new Times(cap(created), cap(submitted), cap(decided), cap(created2), cap(submitted2), cap(published2));
    }

    private static Instant cap(Instant t) {
        return t.isAfter(LIMIT) ? LIMIT : t;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
