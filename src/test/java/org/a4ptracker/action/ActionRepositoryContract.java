package org.a4ptracker.action;

import org.a4ptracker.support.InEnglish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The action registry on a real database, through its services; run on H2 and on PostgreSQL by the subclasses. */
abstract class ActionRepositoryContract {

    @Autowired
    ActionService actions;
    @Autowired
    ActionQueries queries;
    @Autowired
    ActionImportService imports;
    @Autowired
    AttachmentService attachments;
    @Autowired
    ReportingStatusService reporting;
    @Autowired
    ActionStatistics statistics;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActionListRepository lists;
    @Autowired
    ActionSummaries summaries;
    @Autowired
    org.a4ptracker.stakeholder.StakeholderService stakeholders;

    ActionMother mother;
    CurrentUser ghana;
    CurrentUser france;
    CurrentUser reviewer;
    CurrentUser secondReviewer;

    @BeforeEach
    void accounts() {
        mother = new ActionMother(jdbc);
        ghana = mother.focalPointOf("GHA");
        france = mother.focalPointOf("FRA");
        reviewer = mother.reviewer();
        secondReviewer = mother.reviewer();
    }

    private int lock(long id) {
        return queries.detail(reviewer, id).lockVersion();
    }

    @Test
    void streamingThePublishedListGivesWhatItsPagesGiveInTheSameOrder() {
        long published = actions.create(ghana, "GHA", ActionMother.content("Streamed with its two commitments", 13, 14));
        actions.submit(ghana, published, 0);
        actions.publish(reviewer, published, 1);
        long draft = actions.create(ghana, "GHA", ActionMother.content("A draft, never streamed", 13));
        var filter = new ActionFilter(null, 13, "GHA", "MINUSCA", null, 2026);
        var paged = new ArrayList<ActionSummary>();
        org.a4ptracker.shared.Page.all(p -> queries.published(filter, p)).forEach(paged::add);
        var streamed = new ArrayList<ActionSummary>();
        queries.forEachPublished(filter, streamed::add);
        assertThat(streamed).isNotEmpty().isEqualTo(paged);
        assertThat(streamed).extracting(ActionSummary::id).contains(published).doesNotContain(draft);
        assertThat(streamed.stream().filter(a -> a.id() == published).findFirst().orElseThrow().commitments()).containsExactly(13, 14);
        // an unknown filter value is a bad parameter, never an empty list
        assertThatThrownBy(() -> queries.forEachPublished(new ActionFilter(null, null, "NOWHERE", null, null, null), a -> { }))
                .isInstanceOf(org.a4ptracker.shared.BadRequestException.class).hasMessageStartingWith("stakeholder: ");
    }

    @Test
    void aDraftIsPublishedOnlyAfterReviewAndThenShowsToEveryone() {
        long id = actions.create(ghana, "GHA", ActionMother.content("Trained 40 officers", 13, 14));
        assertThatThrownBy(() -> queries.detail(null, id)).isInstanceOf(NotFoundException.class);
        assertThat(queries.published(new ActionFilter(null, 13, null, null, null, null), new PageRequest(1, 200)).items())
                .extracting(ActionSummary::id).doesNotContain(id);

        actions.submit(ghana, id, 0);
        actions.returnToFocalPoint(reviewer, id, 1, "Add the number trained");
        var returned = queries.detail(ghana, id);
        assertThat(returned.state()).isEqualTo(ActionState.RETURNED);
        assertThat(returned.reason()).isEqualTo("Add the number trained");

        actions.edit(ghana, id, returned.lockVersion(), ActionMother.content("Trained 45 officers", 13, 14));
        actions.submit(ghana, id, lock(id));
        actions.publish(reviewer, id, lock(id));

        var public_ = queries.detail(null, id);
        assertThat(public_.state()).isEqualTo(ActionState.PUBLISHED);
        assertThat(public_.current()).isNull();
        assertThat(public_.published().content().title()).isEqualTo("Trained 45 officers");
        assertThat(public_.published().content().missions()).containsExactly("MINUSCA");
        assertThat(public_.published().number()).isEqualTo(2);
        assertThat(queries.published(new ActionFilter(null, 14, null, null, null, null), new PageRequest(1, 200)).items())
                .extracting(ActionSummary::id).contains(id);
        assertThat(queries.published(new ActionFilter(4, null, null, null, null, null), new PageRequest(1, 200)).items())
                .extracting(ActionSummary::id).doesNotContain(id);
        assertThat(queries.published(new ActionFilter(3, null, "GHA", "MINUSCA", ActionStatus.ONGOING, 2026), new PageRequest(1, 200))
                .items()).extracting(ActionSummary::id).contains(id);
    }

    @Test
    void theKeysetWalkOfExportsGivesThePublicListInItsOrderOneRowAtATime() {
        for (String title : List.of("Keyset one", "Keyset two", "Keyset three")) {
            long id = actions.create(ghana, "GHA", ActionMother.content(title, 13));
            actions.submit(ghana, id, 0);
            actions.publish(reviewer, id, lock(id));
        }
        var filter = new ActionFilter(null, null, "GHA", null, null, null);
        var listed = queries.published(filter, new PageRequest(1, 200)).items().stream().map(ActionSummary::id).toList();
        var criteria = new ActionListRepository.Criteria(null, listed.isEmpty() ? null
                : jdbc.sql("select id from stakeholder where code = 'GHA'").query(Long.class).single(), null, null, null, null, null);
        var walked = new java.util.ArrayList<Long>();
        java.time.Instant at = null;
        Long after = null;
        while (true) {
            var rows = lists.findPublishedAfter(criteria, at, after, 1);
            if (rows.isEmpty()) {
                break;
            }
            walked.add(rows.get(0).id());
            at = rows.get(0).publishedAt();
            after = rows.get(0).id();
        }
        assertThat(listed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(walked).isEqualTo(listed);
        var exported = new java.util.ArrayList<Long>();
        queries.forEachPublished(filter, a -> exported.add(a.id()));
        assertThat(exported).isEqualTo(listed);
    }

    @Test
    void aRevisionLeavesThePublishedVersionPublicUntilItIsPublished() {
        long id = publishedAction("Original text");
        actions.edit(ghana, id, lock(id), ActionMother.content("Revised text", 13));
        assertThat(queries.detail(null, id).published().content().title()).isEqualTo("Original text");
        var insider = queries.detail(ghana, id);
        assertThat(insider.revisionPending()).isTrue();
        assertThat(insider.current().content().title()).isEqualTo("Revised text");
        actions.submit(ghana, id, lock(id));
        assertThat(queries.detail(null, id).published().content().title()).isEqualTo("Original text");
        actions.publish(reviewer, id, lock(id));
        assertThat(queries.detail(null, id).published().content().title()).isEqualTo("Revised text");
    }

    private boolean listed(long id, ActionStatus status, int cycle) {
        var filter = new ActionFilter(null, null, "GHA", null, status, cycle);
        var found = new ArrayList<Long>();
        queries.forEachPublished(filter, a -> found.add(a.id()));
        boolean paged = queries.published(filter, new PageRequest(1, 200)).items().stream().anyMatch(a -> a.id() == id);
        assertThat(paged).isEqualTo(found.contains(id));
        return found.contains(id);
    }

    @Test
    void theCycleAndStatusFiltersFollowThePublishedVersionOnly() {
        long id = publishedAction("Cycle filter: ongoing in 2026"); // ONGOING, 2026
        assertThat(listed(id, ActionStatus.ONGOING, 2026)).isTrue();
        assertThat(listed(id, ActionStatus.COMPLETED, 2025)).isFalse();
        var revised = new ActionContent("Cycle filter: completed in 2025", "Done", ActionStatus.COMPLETED, 2025,
                java.time.LocalDate.of(2025, 1, 1), null, List.of(13), List.of(), List.of());
        actions.edit(ghana, id, lock(id), revised);
        actions.submit(ghana, id, lock(id));
        // a revision under review changes nothing in the public lists
        assertThat(listed(id, ActionStatus.ONGOING, 2026)).isTrue();
        assertThat(listed(id, ActionStatus.COMPLETED, 2025)).isFalse();
        actions.publish(reviewer, id, lock(id));
        assertThat(listed(id, ActionStatus.ONGOING, 2026)).isFalse();
        assertThat(listed(id, ActionStatus.COMPLETED, 2025)).isTrue();
        actions.withdraw(ghana, id, lock(id), "Reported twice by mistake");
        assertThat(listed(id, ActionStatus.COMPLETED, 2025)).isFalse();
    }

    @Test
    void withdrawingNeedsAReasonAndTakesTheActionOffThePublicRecord() {
        long id = publishedAction("To be withdrawn");
        actions.withdraw(ghana, id, lock(id), "Reported twice by mistake");
        assertThatThrownBy(() -> queries.detail(null, id)).isInstanceOf(NotFoundException.class);
        assertThat(queries.detail(reviewer, id).reason()).isEqualTo("Reported twice by mistake");
        assertThatThrownBy(() -> actions.submit(ghana, id, lock(id))).isInstanceOf(ConflictException.class);
    }

    private int actionsOnMinusca(String stakeholder) {
        return statistics.reportersOnMission("MINUSCA").stream().filter(r -> r.code().equals(stakeholder))
                .mapToInt(ActionStatistics.MissionReporter::actions).sum();
    }

    @Test
    void aMissionCountsItsReportersPublishedActionsOnly() {
        int before = actionsOnMinusca("GHA");
        long draft = actions.create(ghana, "GHA", ActionMother.content("Draft about MINUSCA", 13));
        assertThat(actionsOnMinusca("GHA")).isEqualTo(before);
        long id = publishedAction("Published about MINUSCA");
        assertThat(actionsOnMinusca("GHA")).isEqualTo(before + 1);
        actions.withdraw(ghana, id, lock(id), "Reported twice by mistake");
        assertThat(actionsOnMinusca("GHA")).isEqualTo(before);
        assertThat(queries.detail(ghana, draft).state()).isEqualTo(ActionState.DRAFT);
        assertThatThrownBy(() -> statistics.reportersOnMission("GHA")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theProgressCountsFollowPublishedActionsOnly() {
        long ghanaId = jdbc.sql("select id from stakeholder where code = 'GHA'").query(Long.class).single();
        long natoId = jdbc.sql("select id from stakeholder where code = 'NATO'").query(Long.class).single();
        int perCycle = statistics.publishedPerCycle(List.of(13)).getOrDefault(2026, 0);
        int byGhana = statistics.publishedPerCycle(List.of(13), List.of(ghanaId)).getOrDefault(2026, 0);
        int byNato = statistics.publishedPerCycle(List.of(13), List.of(natoId)).getOrDefault(2026, 0);
        int byStates = statistics.publishedPerCycle(List.of(13), org.a4ptracker.stakeholder.StakeholderType.MEMBER_STATE).getOrDefault(2026, 0);
        int states = statistics.publishedByReporterType(List.of(13)).getOrDefault(org.a4ptracker.stakeholder.StakeholderType.MEMBER_STATE, 0);
        int on13 = statistics.publishedPerCommitment(List.of(13, 14)).getOrDefault(13, 0);
        var ghanaSummary = stakeholders.summary("GHA");
        var natoSummary = stakeholders.summary("NATO");
        int ghanaIn2026 = reporting.overallStatus(2026, List.of(ghanaSummary)).get(ghanaId).publishedActions();

        actions.create(ghana, "GHA", ActionMother.content("A draft, not counted", 13));
        publishedAction("Counted in the progress review");

        assertThat(statistics.publishedPerCycle(List.of(13)).get(2026)).isEqualTo(perCycle + 1);
        assertThat(statistics.publishedPerCycle(List.of(13), List.of(ghanaId)).get(2026)).isEqualTo(byGhana + 1);
        assertThat(statistics.publishedPerCycle(List.of(13), List.of(natoId)).getOrDefault(2026, 0)).isEqualTo(byNato);
        assertThat(statistics.publishedPerCycle(List.of(13), List.of())).isEmpty();
        assertThat(statistics.publishedPerCycle(List.of(13), org.a4ptracker.stakeholder.StakeholderType.MEMBER_STATE).get(2026))
                .isEqualTo(byStates + 1);
        var memberStates = stakeholders.byType(org.a4ptracker.stakeholder.StakeholderType.MEMBER_STATE).stream().map(m -> m.id()).toList();
        assertThat(statistics.publishedPerCycle(List.of(13), org.a4ptracker.stakeholder.StakeholderType.MEMBER_STATE))
                .isEqualTo(statistics.publishedPerCycle(List.of(13), memberStates));
        assertThat(statistics.publishedByReporterType(List.of(13)).get(org.a4ptracker.stakeholder.StakeholderType.MEMBER_STATE))
                .isEqualTo(states + 1);
        assertThat(statistics.publishedPerCommitment(List.of(13, 14)).get(13)).isEqualTo(on13 + 1);
        var status = reporting.overallStatus(2026, List.of(ghanaSummary, natoSummary));
        assertThat(status.get(ghanaId).state()).isEqualTo(ReportingStatus.State.REPORTED);
        assertThat(status.get(ghanaId).publishedActions()).isEqualTo(ghanaIn2026 + 1);
        assertThat(status).containsKey(natoId);
        assertThat(reporting.overallStatus(2026, List.of(ghanaSummary)).get(ghanaId).publishedActions())
                .isEqualTo(reporting.status("GHA", 2026).publishedActions());
    }

    @Test
    void everyVersionIsKeptWithItsDiff() {
        long id = actions.create(ghana, "GHA", ActionMother.content("Trained 40 officers in Bangui", 13));
        actions.edit(ghana, id, 0, ActionMother.content("Trained 45 officers in Bangui", 13, 15));
        var history = queries.history(ghana, id);
        assertThat(history).hasSize(2);
        var edit = history.get(1);
        assertThat(edit.transition()).isEqualTo(ActionTransition.EDIT);
        assertThat(edit.version()).isEqualTo(2);
        assertThat(edit.titleDiff()).containsExactly(new TextDiff.Segment(TextDiff.Kind.SAME, "Trained "),
                new TextDiff.Segment(TextDiff.Kind.REMOVED, "40"), new TextDiff.Segment(TextDiff.Kind.ADDED, "45"),
                new TextDiff.Segment(TextDiff.Kind.SAME, " officers in Bangui"));
        assertThat(edit.otherChanges().stream().map(InEnglish::text)).containsExactly("Commitments: [13] → [13, 15]");
        assertThat(mother.count("select count(*) from action_version where action_id = " + id)).isEqualTo(2);
    }

    @Test
    void aFocalPointOfAnotherStakeholderIsRefusedAndAudited() {
        long id = actions.create(ghana, "GHA", ActionMother.content("Ghana only", 13));
        long denied = mother.count("select count(*) from audit_event where outcome = 'DENIED'");
        assertThatThrownBy(() -> queries.detail(france, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.edit(france, id, 0, ActionMother.content("Hijacked", 13))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.submit(france, id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.create(france, "GHA", ActionMother.content("For Ghana", 13))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.publish(ghana, id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThat(mother.count("select count(*) from audit_event where outcome = 'DENIED'")).isEqualTo(denied + 5);
        assertThat(queries.detail(ghana, id).current().content().title()).isEqualTo("Ghana only");
    }

    @Test
    void aReviewerCannotPublishAVersionTheyWroteThemselves() {
        CurrentUser reviewingFocalPoint = new CurrentUser(reviewer.id(), reviewer.email(), "both", false, true, ghana.stakeholderIds());
        long id = actions.create(reviewingFocalPoint, "GHA", ActionMother.content("Four eyes", 13));
        actions.submit(reviewingFocalPoint, id, 0);
        assertThatThrownBy(() -> actions.publish(reviewingFocalPoint, id, 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("another reviewer");
        actions.publish(secondReviewer, id, 1);
        assertThat(queries.detail(null, id).state()).isEqualTo(ActionState.PUBLISHED);
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstEditStays() {
        long id = actions.create(ghana, "GHA", ActionMother.content("First", 13));
        actions.edit(ghana, id, 0, ActionMother.content("Edited by one", 13));
        assertThatThrownBy(() -> actions.edit(ghana, id, 0, ActionMother.content("Edited by two", 13)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Someone else changed this action");
        assertThat(queries.detail(ghana, id).current().content().title()).isEqualTo("Edited by one");
    }

    @Test
    void twoSimultaneousEditsGiveOneConflictAndLoseNothing() throws Exception {
        long id = actions.create(ghana, "GHA", ActionMother.content("Start", 13));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Future<String>>();
        for (String title : List.of("Edit A", "Edit B")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    actions.edit(ghana, id, 0, ActionMother.content(title, 13));
                    return "saved " + title;
                } catch (ConflictException e) {
                    return "conflict";
                }
            }));
        }
        start.countDown();
        var outcomes = new ArrayList<String>();
        for (var r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("conflict");
        String saved = outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow().substring(6);
        assertThat(queries.detail(ghana, id).current().content().title()).isEqualTo(saved);
        assertThat(mother.count("select count(*) from action_version where action_id = " + id)).isEqualTo(2);
    }

    @Test
    void aCorrectImportWritesAllRowsAndABadOneWritesNothing() {
        String good = """
                title,description,commitments,status,start_date,end_date,missions,reporting_cycle,evidence_links
                Imported one,Done in 2026,13;14,ongoing,2026-01-01,2026-03-01,MINUSCA,2026,https://example.org/a
                Imported two,Also done,20,completed,,,,2026,
                """;
        String bad = good + "Imported three,Bad,46,ongoing,2026-05-01,2026-04-01,,2026,\n=HYPERLINK(\"x\"),Bad,13,ongoing,,,,2026,\n";
        long before = mother.count("select count(*) from action");
        var failed = imports.importActions(ghana, "GHA", "actions.csv", stream(bad), false);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.errors()).extracting(e -> e.row() + ":" + e.column())
                .containsExactly("4:commitments", "4:end_date", "5:title");
        assertThat(mother.count("select count(*) from action")).isEqualTo(before);

        var dry = imports.importActions(ghana, "GHA", "actions.csv", stream(good), true);
        assertThat(dry.ok()).isTrue();
        assertThat(dry.rowsRead()).isEqualTo(2);
        assertThat(mother.count("select count(*) from action")).isEqualTo(before);

        var done = imports.importActions(ghana, "GHA", "actions.csv", stream(good), false);
        assertThat(done.imported()).isEqualTo(2);
        assertThat(mother.count("select count(*) from action")).isEqualTo(before + 2);
        var first = queries.detail(ghana, done.actionIds().get(0));
        assertThat(first.state()).isEqualTo(ActionState.DRAFT);
        assertThat(first.current().content().commitments()).containsExactly(13, 14);
        assertThat(first.current().content().missions()).containsExactly("MINUSCA");
        assertThat(first.current().content().title()).isEqualTo("Imported one");
        assertThat(first.current().content().status()).isEqualTo(ActionStatus.ONGOING);
        assertThat(first.current().content().startDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 1));
        assertThat(first.current().content().endDate()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
        assertThat(first.current().content().evidenceLinks()).containsExactly("https://example.org/a");
        var second = queries.detail(ghana, done.actionIds().get(1));
        assertThat(second.current().content().title()).isEqualTo("Imported two");
        assertThat(second.current().content().commitments()).containsExactly(20);
        assertThat(second.current().content().missions()).isEmpty();
        assertThat(second.current().content().startDate()).isNull();
        assertThat(second.current().content().evidenceLinks()).isEmpty();
        // every imported action has its own audit event, as one created by hand
        for (long id : done.actionIds()) {
            assertThat(mother.count("select count(*) from audit_event where action = 'CREATE_ACTION' and entity_id = '" + id + "'"))
                    .isEqualTo(1);
        }
        assertThatThrownBy(() -> imports.importActions(france, "GHA", "actions.csv", stream(good), false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLargeImportReportsEveryErrorAndWritesNothingOrWritesExactlyItsRows() {
        int n = 1_200; // more than two batches of 500 on H2; one COPY per table on PostgreSQL
        String bad = bulkCsv(n, i -> switch (i) {
            case 3 -> bulkLine(i).replace(",13;14,", ",99,");
            case 600 -> bulkLine(i).replace(",planned,", ",paused,").replace(",2026-01-13,", ",2026-02-30,");
            case 1200 -> bulkLine(i).replace("\"Bulk action 1200\"", "");
            default -> bulkLine(i);
        });
        var tables = List.of("action", "action_version", "action_version_commitment", "action_version_mission", "audit_event");
        var before = tables.stream().map(t -> mother.count("select count(*) from " + t)).toList();
        var failed = imports.importActions(ghana, "GHA", "actions.csv", stream(bad), false);
        assertThat(failed.ok()).isFalse();
        assertThat(failed.rowsRead()).isEqualTo(n - 3);
        assertThat(failed.errors()).extracting(e -> e.row() + ":" + e.column())
                .containsExactly("4:commitments", "601:status", "601:start_date", "1201:title");
        assertThat(InEnglish.text(failed.errors().get(0).message())).contains("unknown commitment 99");
        assertThat(tables.stream().map(t -> mother.count("select count(*) from " + t)).toList()).isEqualTo(before);

        var done = imports.importActions(ghana, "GHA", "actions.csv", stream(bulkCsv(n, ActionRepositoryContract::bulkLine)), false);
        assertThat(done.ok()).isTrue();
        assertThat(done.imported()).isEqualTo(n);
        assertThat(done.actionIds()).hasSize(n).doesNotHaveDuplicates();
        // odd rows name two commitments, even rows one; every third row a mission; one audit event per action and one for the import
        assertThat(tables.stream().map(t -> mother.count("select count(*) from " + t)).toList())
                .isEqualTo(List.of(before.get(0) + n, before.get(1) + n, before.get(2) + 1_800, before.get(3) + 400, before.get(4) + n + 1));
        assertThat(mother.count("select count(*) from action_version where version_no = 1 and action_id in ("
                + done.actionIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")")).isEqualTo(n);
        for (int i : new int[] {1, 600, 1_200}) {
            var action = queries.detail(ghana, done.actionIds().get(i - 1));
            var content = action.current().content();
            assertThat(action.state()).isEqualTo(ActionState.DRAFT);
            assertThat(action.stakeholderCode()).isEqualTo("GHA");
            assertThat(content.title()).isEqualTo("Bulk action " + i);
            assertThat(content.description()).isEqualTo(bulkDescription(i));
            assertThat(content.commitments()).isEqualTo(i % 2 == 1 ? List.of(13, 14) : List.of(20));
            assertThat(content.status()).isEqualTo(ActionStatus.values()[i % 4]);
            assertThat(content.startDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 1 + i % 28));
            assertThat(content.endDate()).isEqualTo(i % 2 == 0 ? java.time.LocalDate.of(2026, 12, 31) : null);
            assertThat(content.missions()).isEqualTo(i % 3 == 0 ? List.of("MINUSCA") : List.of());
            assertThat(content.evidenceLinks()).containsExactly("https://example.org/bulk/" + i);
            assertThat(content.reportingCycle()).isEqualTo(2026);
            assertThat(mother.count("select count(*) from audit_event where action = 'CREATE_ACTION' and entity_id = '"
                    + action.id() + "'")).isEqualTo(1);
        }
    }

    private static String bulkCsv(int n, java.util.function.IntFunction<String> line) {
        var csv = new StringBuilder("title,description,commitments,status,start_date,end_date,missions,reporting_cycle,evidence_links\n");
        for (int i = 1; i <= n; i++) {
            csv.append(line.apply(i)).append('\n');
        }
        return csv.toString();
    }

    /** Row i + 1 of the file: text that COPY must escape, two commitments on odd rows, a mission on every third. */
    private static String bulkLine(int i) {
        return "\"Bulk action " + i + "\",\"" + bulkDescription(i).replace("\"", "\"\"") + "\","
                + (i % 2 == 1 ? "13;14" : "20") + "," + ActionStatus.values()[i % 4].name().toLowerCase() + ","
                + String.format("2026-01-%02d", 1 + i % 28) + "," + (i % 2 == 0 ? "2026-12-31" : "") + ","
                + (i % 3 == 0 ? "MINUSCA" : "") + ",2026,https://example.org/bulk/" + i;
    }

    private static String bulkDescription(int i) {
        return "Done for row " + i + ".\nSecond line,\twith a tab, a backslash \\ and \"quotes\"";
    }

    @Test
    void attachmentsKeepTheirBytesAndChecksum() {
        long id = actions.create(ghana, "GHA", ActionMother.content("With a file", 13));
        byte[] pdf = "%PDF-1.4 sample evidence".getBytes(StandardCharsets.US_ASCII);
        var attachment = attachments.attach(ghana, id, "report.pdf", pdf);
        assertThat(attachment.sha256()).isEqualTo(AttachmentService.sha256(pdf)).hasSize(64);
        assertThat(attachments.download(ghana, id, attachment.id()).content()).isEqualTo(pdf);
        assertThatThrownBy(() -> attachments.download(null, id, attachment.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.attach(ghana, id, "report.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("content must match");
        assertThatThrownBy(() -> attachments.attach(ghana, id, "tool.exe", pdf)).hasMessageContaining("only PDF");
        assertThatThrownBy(() -> attachments.attach(france, id, "report.pdf", pdf)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reportingStatusSaysReportedDueOrNotExpected() {
        var before = reporting.status("GHA", 2027);
        assertThat(before.overall()).isEqualTo(ReportingStatus.State.DUE);
        assertThat(before.publishedActions()).isZero();
        assertThat(before.commitments().get(4).state()).isEqualTo(ReportingStatus.State.NOT_EXPECTED); // commitment 5: Secretary-General
        assertThat(before.commitments().get(1).state()).isEqualTo(ReportingStatus.State.DUE);          // commitment 2: Member States
        assertThat(before.commitments().get(38).state()).isEqualTo(ReportingStatus.State.NOT_EXPECTED); // 39: host governments

        long id = actions.create(ghana, "GHA", new ActionContent("Cycle 2027", "Done", ActionStatus.PLANNED, 2027, null, null,
                List.of(2), List.of(), List.of()));
        actions.submit(ghana, id, 0);
        assertThat(reporting.status("GHA", 2027).overall()).isEqualTo(ReportingStatus.State.DUE);
        actions.publish(reviewer, id, 1);
        var after = reporting.status("GHA", 2027);
        assertThat(after.overall()).isEqualTo(ReportingStatus.State.REPORTED);
        assertThat(after.commitments().get(1).state()).isEqualTo(ReportingStatus.State.REPORTED);
        assertThat(after.commitments().get(1).publishedActions()).isEqualTo(1);
        assertThat(reporting.status("CAF", 2026).commitments().get(38).state()).isNotEqualTo(ReportingStatus.State.NOT_EXPECTED);
        assertThat(reporting.status("GHA", 2019).overall()).isIn(ReportingStatus.State.REPORTED, ReportingStatus.State.OVERDUE);
    }

    @Test
    void theReviewQueueHoldsSubmissionsOldestFirst() {
        long first = actions.create(ghana, "GHA", ActionMother.content("Queue one", 13));
        long second = actions.create(ghana, "GHA", ActionMother.content("Queue two", 13));
        actions.submit(ghana, first, 0);
        actions.submit(ghana, second, 0);
        var queue = queries.queue(reviewer, new ActionFilter(null, null, "GHA", null, null, null), null, new PageRequest(1, 200));
        var ids = queue.items().stream().map(ActionSummary::id).toList();
        assertThat(ids).contains(first, second);
        assertThat(ids.indexOf(first)).isLessThan(ids.indexOf(second));
        assertThatThrownBy(() -> queries.queue(ghana, ActionFilter.none(), null, new PageRequest(1, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The tally rows with a count, in a stable order, as text: what every figure is read from. */
    private List<String> tally() {
        return jdbc.sql("""
                select kind, item, stakeholder_id, reporting_cycle, status, actions, sample_actions from action_tally
                where actions <> 0 order by kind, item, stakeholder_id, reporting_cycle, status
                """).query((rs, i) -> rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getInt(4) + "/"
                + rs.getString(5) + "=" + rs.getInt(6) + "/" + rs.getInt(7)).list();
    }

    /** The counts per kind of stakeholder with a count, in a stable order, as text. */
    private List<String> counts() {
        return jdbc.sql("""
                select kind, item, reporting_cycle, status, stakeholder_type, actions, sample_actions from action_count
                where actions <> 0 order by kind, item, reporting_cycle, status, stakeholder_type
                """).query((rs, i) -> rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getInt(3) + "/" + rs.getString(4) + "/"
                + rs.getString(5) + "=" + rs.getInt(6) + "/" + rs.getInt(7)).list();
    }

    /** The same, summed from the tally per stakeholder: what action_count must always equal. */
    private List<String> tallyPerKindOfStakeholder() {
        return jdbc.sql("""
                select t.kind, t.item, t.reporting_cycle, t.status, s.type, sum(t.actions), sum(t.sample_actions)
                from action_tally t join stakeholder s on s.id = t.stakeholder_id
                group by t.kind, t.item, t.reporting_cycle, t.status, s.type having sum(t.actions) <> 0
                order by t.kind, t.item, t.reporting_cycle, t.status, s.type
                """).query((rs, i) -> rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getInt(3) + "/" + rs.getString(4) + "/"
                + rs.getString(5) + "=" + rs.getInt(6) + "/" + rs.getInt(7)).list();
    }

    @Test
    void theSummariesKeptByPublishingAndWithdrawingEqualARecomputation() {
        long id = publishedAction("Kept in the tally");
        long revised = publishedAction("Revised after publication");
        actions.edit(ghana, revised, lock(revised), ActionMother.content("Revised after publication", 13, 22, 41));
        actions.submit(ghana, revised, lock(revised));
        actions.publish(reviewer, revised, lock(revised));
        actions.withdraw(ghana, id, lock(id), "Reported twice");
        var kept = tally();
        var keptCounts = counts();
        assertThat(kept).isNotEmpty();
        assertThat(keptCounts).isNotEmpty().isEqualTo(tallyPerKindOfStakeholder());
        assertThat(summaries.recompute()).isPositive();
        assertThat(tally()).isEqualTo(kept);
        assertThat(counts()).isEqualTo(keptCounts);
    }

    @Test
    void aStakeholderReportsOnlyThroughACommitmentThatFallsOnIt() {
        var ghanaSummary = stakeholders.summary("GHA");
        int cycle = reporting.cycles().stream() // a cycle in which Ghana has not reported yet
                .filter(c -> reporting.overallStatus(c, List.of(ghanaSummary)).get(ghanaSummary.id()).state() != ReportingStatus.State.REPORTED)
                .findFirst().orElseThrow();
        var before = reporting.overallStatus(cycle, List.of(ghanaSummary)).get(ghanaSummary.id());
        // commitment 22 falls on the Secretary-General: counted, but Ghana has not reported through it
        var sgOnly = new ActionContent("On a Secretary-General commitment", "What was done", ActionStatus.ONGOING, cycle,
                null, null, List.of(22), List.of(), List.of());
        long id = actions.create(ghana, "GHA", sgOnly);
        actions.submit(ghana, id, 0);
        actions.publish(reviewer, id, 1);
        var after = reporting.overallStatus(cycle, List.of(ghanaSummary)).get(ghanaSummary.id());
        assertThat(after.state()).isEqualTo(before.state());
        assertThat(after.publishedActions()).isEqualTo(before.publishedActions() + 1);
        var on22 = reporting.status("GHA", cycle).commitments().get(21);
        assertThat(on22.state()).isEqualTo(ReportingStatus.State.NOT_EXPECTED);
        assertThat(on22.publishedActions()).isEqualTo(1);
        assertThat(reporting.status("GHA", cycle).overall()).isEqualTo(before.state());
        // a Member State commitment makes it reported
        var onStates = new ActionContent("On a Member State commitment", "What was done", ActionStatus.ONGOING, cycle,
                null, null, List.of(13), List.of(), List.of());
        long second = actions.create(ghana, "GHA", onStates);
        actions.submit(ghana, second, 0);
        actions.publish(reviewer, second, 1);
        assertThat(reporting.overallStatus(cycle, List.of(ghanaSummary)).get(ghanaSummary.id()).state())
                .isEqualTo(ReportingStatus.State.REPORTED);
        assertThat(reporting.status("GHA", cycle).overall()).isEqualTo(ReportingStatus.State.REPORTED);
    }

    @Test
    void aClosedMissionIsExpectedOnlyInTheYearsItWasActive() {
        var minustah = stakeholders.summary("MINUSTAH"); // Haiti, 2004-2017
        assertThat(reporting.expectedIn(minustah, 2017)).isTrue();
        assertThat(reporting.expectedIn(minustah, 2018)).isFalse();
        assertThat(reporting.overallStatus(2026, List.of(minustah)).get(minustah.id()).state())
                .isEqualTo(ReportingStatus.State.NOT_EXPECTED);
        assertThat(reporting.status("MINUSTAH", 2026).overall()).isEqualTo(ReportingStatus.State.NOT_EXPECTED);
        var minusca = stakeholders.summary("MINUSCA");
        assertThat(reporting.expectedIn(minusca, 2026)).isTrue();
        assertThat(reporting.overallStatus(2026, List.of(minusca)).get(minusca.id()).state())
                .isIn(ReportingStatus.State.REPORTED, ReportingStatus.State.DUE, ReportingStatus.State.OVERDUE);
    }

    private long publishedAction(String title) {
        long id = actions.create(ghana, "GHA", ActionMother.content(title, 13));
        actions.submit(ghana, id, 0);
        actions.publish(reviewer, id, 1);
        return id;
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
