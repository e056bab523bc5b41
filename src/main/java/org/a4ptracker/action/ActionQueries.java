package org.a4ptracker.action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AccountService;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading actions: the public sees published versions only; focal points and reviewers see the work in progress. */
@Service
@Transactional(readOnly = true)
public class ActionQueries {

    private final ActionRepository actions;
    private final ActionListRepository lists;
    private final AttachmentRepository attachments;
    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final Clock clock;
    private final ActionFigures figures;
    private final PublicListPages publicPages;
    private final ActionStatistics statistics;

    ActionQueries(ActionRepository actions, ActionListRepository lists, AttachmentRepository attachments,
                  FrameworkService framework, StakeholderService stakeholders, AccountService accounts, AccessPolicy access,
                  Optional<Clock> clock, ActionFigures figures, PublicListPages publicPages, ActionStatistics statistics) {
        this.statistics = statistics;
        this.figures = figures;
        this.publicPages = publicPages;
        this.actions = actions;
        this.lists = lists;
        this.attachments = attachments;
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Page<ActionSummary> published(ActionFilter filter, PageRequest page) {
        return list(ActionListRepository.View.PUBLIC, criteria(filter, null, null), page);
    }

    /** Every published action the filter selects, in the list's order, in one query: for reports. */
    public List<ActionSummary> allPublished(ActionFilter filter) {
        var c = criteria(filter, null, null);
        return summaries(ActionListRepository.View.PUBLIC, lists.findAll(ActionListRepository.View.PUBLIC, c));
    }

    /** Every published action the filter selects, newest first, a thousand at a time by keyset: for exports of any size. */
    public void forEachPublished(ActionFilter filter, java.util.function.Consumer<ActionSummary> sink) {
        var c = criteria(filter, null, null);
        Instant at = null;
        Long id = null;
        while (true) {
            var rows = lists.findPublishedAfter(c, at, id, 1000);
            summaries(ActionListRepository.View.PUBLIC, rows).forEach(sink);
            if (rows.size() < 1000) {
                return;
            }
            var last = rows.get(rows.size() - 1);
            at = last.publishedAt();
            id = last.id();
        }
    }

    public Page<ActionSummary> workspace(CurrentUser user, String stakeholderCode, ActionFilter filter, PageRequest page) {
        long stakeholderId = stakeholders.summary(stakeholderCode).id();
        access.requireReadUnpublished(user, stakeholderId, "READ_WORKSPACE", "stakeholder", stakeholderCode);
        return list(ActionListRepository.View.WORKSPACE, criteria(filter, List.of(stakeholderId), null), page);
    }

    public Page<ActionSummary> queue(CurrentUser reviewer, ActionFilter filter, Integer olderThanDays, PageRequest page) {
        access.requireReviewer(reviewer, "READ_REVIEW_QUEUE", null, null, null);
        Instant before = olderThanDays == null ? null : Instant.now(clock).minus(Duration.ofDays(olderThanDays));
        return list(ActionListRepository.View.QUEUE, criteria(filter, null, before), page);
    }

    public ActionDetail detail(CurrentUser user, long id) {
        ActionHead head = actions.head(id).orElseThrow(() -> new NotFoundException("Action", id));
        boolean insider = access.canReadUnpublishedOf(user, head.stakeholderId());
        if (!insider && !head.hasPublishedVersion()) {
            if (user == null) {
                throw new NotFoundException("Action", id);
            }
            access.requireReadUnpublished(user, head.stakeholderId(), "READ_ACTION", "action", id);
        }
        var versions = actions.versions(id, null);
        var names = accounts.displayNames(versions.stream().map(ActionRepository.Version::createdBy).toList());
        var current = insider ? version(versions, head.currentVersion(), names) : null;
        var published = head.hasPublishedVersion() ? version(versions, head.publishedVersion(), names) : null;
        var stakeholder = stakeholders.byIds(List.of(head.stakeholderId())).get(head.stakeholderId());
        return new ActionDetail(id, stakeholder.code(), stakeholder.names(), insider ? head.state() : ActionState.PUBLISHED,
                head.lockVersion(), insider ? head.reason() : null, current, published, head.createdAt(), head.updatedAt(),
                insider ? head.submittedAt() : null, head.publishedAt(), head.sample(), allowed(user, head),
                attachments.list(id).stream().filter(a -> insider || AttachmentService.isPublic(head, a)).toList());
    }

    public List<HistoryEntry> history(CurrentUser user, long id) {
        ActionHead head = actions.head(id).orElseThrow(() -> new NotFoundException("Action", id));
        if (user == null) {
            throw new NotFoundException("Action", id); // anonymous probes learn nothing and do not flood the audit log
        }
        access.requireReadUnpublished(user, head.stakeholderId(), "READ_HISTORY", "action", id);
        var versions = actions.versions(id, null);
        var events = actions.events(id);
        var userIds = new HashSet<Long>();
        versions.forEach(v -> userIds.add(v.createdBy()));
        events.forEach(e -> userIds.add(e.userId()));
        var names = accounts.displayNames(userIds);
        return ActionHistory.entries(versions, events, names);
    }

    private ActionDetail.Version version(List<ActionRepository.Version> versions, int number, java.util.Map<Long, String> names) {
        var v = versions.stream().filter(x -> x.versionNo() == number).findFirst().orElseThrow();
        var missions = stakeholders.byIds(v.missionIds());
        var content = new ActionContent(v.content().title(), v.content().description(), v.content().status(),
                v.content().reportingCycle(), v.content().startDate(), v.content().endDate(), v.content().commitments(),
                v.missionIds().stream().map(m -> missions.get(m).code()).toList(), v.content().evidenceLinks());
        return new ActionDetail.Version(number, content, v.createdAt(), names.get(v.createdBy()));
    }

    private static List<ActionTransition> allowed(CurrentUser user, ActionHead head) {
        var allowed = new ArrayList<ActionTransition>();
        if (user == null) {
            return allowed;
        }
        boolean focal = user.isFocalPointOf(head.stakeholderId());
        for (ActionTransition t : ActionTransition.values()) {
            boolean role = switch (t) {
                case EDIT, SUBMIT -> focal;
                case RETURN, PUBLISH -> user.reviewer();
                case WITHDRAW -> focal || user.reviewer();
            };
            if (role && ActionWorkflow.allowed(head.state(), t, head.hasPublishedVersion())) {
                allowed.add(t);
            }
        }
        return allowed;
    }

    /** The years a reporting cycle can be: the Declaration dates from 2018 (as ActionValidator). */
    static final int FIRST_CYCLE = 2018;
    static final int LAST_CYCLE = 2100;

    private ActionListRepository.Criteria criteria(ActionFilter f, List<Long> scope, Instant submittedBefore) {
        List<Integer> commitments = null;
        if (f.area() != null) {
            commitments = framework.commitmentsOfKnownArea("area", f.area()).stream().map(c -> c.number()).toList();
        }
        if (f.commitment() != null) {
            framework.requireCommitment("commitment", f.commitment());
            commitments = List.of(f.commitment());
        }
        if (f.cycle() != null && (f.cycle() < FIRST_CYCLE || f.cycle() > LAST_CYCLE)) {
            throw new BadRequestException("cycle", "filter.cycle", String.valueOf(f.cycle()), FIRST_CYCLE, LAST_CYCLE);
        }
        Long stakeholder = f.stakeholder() == null || f.stakeholder().isBlank() ? null
                : stakeholders.known("stakeholder", f.stakeholder(), null).id();
        Long mission = f.mission() == null || f.mission().isBlank() ? null
                : stakeholders.known("mission", f.mission(), StakeholderType.MISSION).id();
        return new ActionListRepository.Criteria(commitments, stakeholder, mission, f.status(), f.cycle(), scope, submittedBefore);
    }

    /** The first pages of a public list (what pages and their sections show most) are kept until the next publication. */
    static final int KEPT_PUBLIC_PAGES = 3;

    private Page<ActionSummary> list(ActionListRepository.View view, ActionListRepository.Criteria c, PageRequest page) {
        var items = view != ActionListRepository.View.PUBLIC ? summaries(view, lists.find(view, c, page))
                : page.page() <= KEPT_PUBLIC_PAGES
                ? figures.get(List.of("publicPage", c, page.page(), page.size()), () -> summaries(view, publicPages.find(c, page)))
                : summaries(view, publicPages.find(c, page));
        // the public totals change only when an action is published or withdrawn; the insiders' are counted each time
        long total = view == ActionListRepository.View.PUBLIC ? figures.get(List.of("publicCount", c), () -> publicCount(c))
                : lists.count(view, c);
        return new Page<>(items, page.page(), page.size(), total);
    }

    private long publicCount(ActionListRepository.Criteria c) {
        Long counted = statistics.publishedCount(c);
        return counted != null ? counted : lists.count(ActionListRepository.View.PUBLIC, c);
    }

    private List<ActionSummary> summaries(ActionListRepository.View view, List<ActionListRepository.Row> rows) {
        var names = stakeholders.byIds(rows.stream().map(ActionListRepository.Row::stakeholderId).distinct().toList());
        // the public sees the published version only: not the state of a revision, nor a reviewer's reason
        boolean insider = view != ActionListRepository.View.PUBLIC;
        return rows.stream().map(r -> {
            var s = names.get(r.stakeholderId());
            return new ActionSummary(r.id(), s.code(), s.names(), r.title(), r.status(), r.cycle(),
                    insider ? r.state() : ActionState.PUBLISHED, List.copyOf(r.commitments()), r.publishedAt(),
                    insider ? r.updatedAt() : r.publishedAt(), insider ? r.submittedAt() : null, insider ? r.reason() : null,
                    r.sample());
        }).toList();
    }
}
