package org.a4ptracker.action;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.a4ptracker.framework.CommitmentFilter;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to actions. Every change checks access first, keeps a new version or a workflow event,
 * is audited in the same transaction, and refuses a stale edit (optimistic locking).
 */
@Service
@Transactional
public class ActionService {

    static final String STALE = "action.refused.stale";

    private final ActionRepository repository;
    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ActionSummaries summaries;

    ActionService(ActionRepository repository, FrameworkService framework, StakeholderService stakeholders,
                  AccessPolicy access, AuditLog audit, ApplicationEventPublisher events, Optional<Clock> clock,
                  ActionSummaries summaries) {
        this.summaries = summaries;
        this.repository = repository;
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public long create(CurrentUser user, String stakeholderCode, ActionContent content) {
        StakeholderSummary stakeholder = stakeholders.summary(stakeholderCode);
        access.requireFocalPointOf(user, stakeholder.id(), "CREATE_ACTION", "stakeholder", stakeholder.code());
        return insert(user, stakeholder.id(), content, false);
    }

    /** Creates a draft without an access check: for the import (checked by its caller) and sample data. */
    long insert(CurrentUser user, long stakeholderId, ActionContent content, boolean sample) {
        return insertValidated(user, stakeholderId, content, validate(content, stakeholderId), sample);
    }

    /**
     * Inserts many drafts already validated (by the import), with their missions resolved to ids, in
     * batches; each new action gets its own audit event, as one created by hand does.
     */
    List<Long> insertAllValidated(CurrentUser user, long stakeholderId, List<ActionContent> contents, List<List<Long>> missionIds) {
        Instant now = Instant.now(clock);
        var ids = repository.insertDrafts(stakeholderId, contents, missionIds, user.id(), now, false);
        audit.changedEach(user, "CREATE_ACTION", "action", ids, stakeholderId, contents.stream().map(ActionContent::title).toList());
        return ids;
    }

    /** Inserts content already validated (e.g. by the import), with its missions resolved to ids. */
    long insertValidated(CurrentUser user, long stakeholderId, ActionContent content, List<Long> missionIds, boolean sample) {
        Instant now = Instant.now(clock);
        long id = repository.insertAction(stakeholderId, user.id(), now, sample);
        repository.insertVersion(id, 1, content, missionIds, user.id(), now);
        audit.changed(user, "CREATE_ACTION", "action", id, stakeholderId, content.title());
        return id;
    }

    public void edit(CurrentUser user, long id, int lockVersion, ActionContent content) {
        ActionHead head = head(id);
        access.requireFocalPointOf(user, head.stakeholderId(), "EDIT_ACTION", "action", id);
        ActionState next = ActionWorkflow.next(head.state(), ActionTransition.EDIT, head.hasPublishedVersion(), null);
        var missionIds = validate(content, head.stakeholderId());
        Instant now = Instant.now(clock);
        int version = head.currentVersion() + 1;
        save(head, lockVersion, with(head, next, version, head.publishedVersion(), null, head.submittedAt(), head.publishedAt()),
                user, now);
        repository.insertVersion(id, version, content, missionIds, user.id(), now);
        repository.insertEvent(id, user.id(), ActionTransition.EDIT, head.state(), next, version, null, now);
        audit.changed(user, head.state() == ActionState.PUBLISHED ? "REVISE_ACTION" : "EDIT_ACTION", "action", id,
                head.stakeholderId(), "version " + version);
    }

    public void submit(CurrentUser user, long id, int lockVersion) {
        ActionHead head = head(id);
        access.requireFocalPointOf(user, head.stakeholderId(), "SUBMIT_ACTION", "action", id);
        move(user, head, lockVersion, ActionTransition.SUBMIT, null);
    }

    public void returnToFocalPoint(CurrentUser user, long id, int lockVersion, String reason) {
        ActionHead head = head(id);
        access.requireReviewer(user, "RETURN_ACTION", "action", id, head.stakeholderId());
        move(user, head, lockVersion, ActionTransition.RETURN, reason);
    }

    public void publish(CurrentUser user, long id, int lockVersion) {
        ActionHead head = head(id);
        access.requireReviewer(user, "PUBLISH_ACTION", "action", id, head.stakeholderId());
        var author = repository.version(id, head.currentVersion()).orElseThrow().createdBy();
        if (author == user.id()) {
            audit.denied(user, "PUBLISH_ACTION", "action", id, head.stakeholderId(), "four eyes: reviewer wrote this version");
            throw new ConflictException("action.refused.four-eyes");
        }
        move(user, head, lockVersion, ActionTransition.PUBLISH, null);
        events.publishEvent(new ActionPublished(id, head.stakeholderId()));
    }

    public void withdraw(CurrentUser user, long id, int lockVersion, String reason) {
        ActionHead head = head(id);
        if (!(user != null && user.reviewer())) {
            access.requireFocalPointOf(user, head.stakeholderId(), "WITHDRAW_ACTION", "action", id);
        }
        move(user, head, lockVersion, ActionTransition.WITHDRAW, reason);
        events.publishEvent(new ActionWithdrawn(id, head.stakeholderId()));
    }

    private void move(CurrentUser user, ActionHead head, int lockVersion, ActionTransition t, String reason) {
        ActionState next = ActionWorkflow.next(head.state(), t, head.hasPublishedVersion(), reason);
        Instant now = Instant.now(clock);
        ActionHead moved = switch (t) {
            case SUBMIT -> with(head, next, head.currentVersion(), head.publishedVersion(), null, now, head.publishedAt());
            case RETURN -> with(head, next, head.currentVersion(), head.publishedVersion(), reason.trim(), head.submittedAt(), head.publishedAt());
            case PUBLISH -> with(head, next, head.currentVersion(), head.currentVersion(), null, head.submittedAt(), now);
            case WITHDRAW -> with(head, next, head.currentVersion(), null, reason.trim(), head.submittedAt(), head.publishedAt());
            case EDIT -> throw new IllegalArgumentException("EDIT carries content");
        };
        save(head, lockVersion, moved, user, now);
        if (!java.util.Objects.equals(head.publishedVersion(), moved.publishedVersion())) {
            summaries.published(head.id(), head.publishedVersion(), moved.publishedVersion());
        }
        repository.insertEvent(head.id(), user.id(), t, head.state(), next, head.currentVersion(), moved.reason(), now);
        audit.changed(user, t.name() + "_ACTION", "action", head.id(), head.stakeholderId(), reason);
    }

    private void save(ActionHead head, int lockVersion, ActionHead next, CurrentUser user, Instant now) {
        boolean saved;
        try {
            saved = lockVersion == head.lockVersion() && repository.update(next, lockVersion, user.id(), now);
        } catch (org.springframework.dao.TransientDataAccessException concurrentWriter) {
            saved = false;
        }
        if (!saved) {
            throw new ConflictException(STALE);
        }
    }

    private static ActionHead with(ActionHead h, ActionState state, int current, Integer published, String reason,
                                   Instant submittedAt, Instant publishedAt) {
        return new ActionHead(h.id(), h.stakeholderId(), state, current, published, reason, h.lockVersion(), h.createdAt(),
                h.updatedAt(), submittedAt, publishedAt, h.sample());
    }

    ActionHead head(long id) {
        return repository.head(id).orElseThrow(() -> new NotFoundException("Action", id));
    }

    /** Checks the content of an action of the stakeholder and returns its missions as stakeholder ids. */
    List<Long> validate(ActionContent content, long stakeholderId) {
        var missions = stakeholders.byType(StakeholderType.MISSION);
        var problems = ActionValidator.problems(content, commitmentNumbers(),
                missions.stream().map(StakeholderSummary::code).collect(Collectors.toSet()));
        if (content.reportingCycle() != null) {
            var closedIn = closedMissions();
            content.missions().forEach(code -> afterClosing(code, content.reportingCycle(), closedIn)
                    .ifPresent(message -> problems.add(new FieldProblem("missions", message))));
            // a closed mission's own workspace cannot report for a cycle after it closed either
            afterClosing(stakeholders.byIds(List.of(stakeholderId)).get(stakeholderId).code(), content.reportingCycle(), closedIn)
                    .ifPresent(message -> problems.add(new FieldProblem("reportingCycle", message)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidActionException(problems);
        }
        return content.missions().stream().map(code -> missions.stream()
                .filter(m -> m.code().equalsIgnoreCase(code)).findFirst().orElseThrow().id()).toList();
    }

    /** Each closed mission's code (upper case) with the last year it was active. */
    java.util.Map<String, Integer> closedMissions() {
        return stakeholders.missions(false).stream().filter(m -> m.endYear() != null)
                .collect(Collectors.toMap(m -> m.code().toUpperCase(java.util.Locale.ROOT), m -> m.endYear()));
    }

    /**
     * A mission is reported on only for cycles while it was active (up to its closing year): an action of a later cycle
     * cannot be about it, and would make a closed mission look active in figures.
     */
    static java.util.Optional<org.a4ptracker.shared.Text> afterClosing(String missionCode, int cycle, java.util.Map<String, Integer> closedIn) {
        Integer closed = missionCode == null ? null : closedIn.get(missionCode.toUpperCase(java.util.Locale.ROOT));
        return closed != null && cycle > closed
                ? java.util.Optional.of(org.a4ptracker.shared.Text.of("action.mission.closed", missionCode.toUpperCase(java.util.Locale.ROOT),
                        closed, cycle))
                : java.util.Optional.empty();
    }

    Set<Integer> commitmentNumbers() {
        return framework.commitments(new CommitmentFilter(null, null), new PageRequest(1, PageRequest.MAX_SIZE)).items()
                .stream().map(c -> c.number()).collect(Collectors.toSet());
    }
}
