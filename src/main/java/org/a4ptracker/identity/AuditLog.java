package org.a4ptracker.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log. A change is recorded in the transaction that makes it, so the log
 * never claims a change that rolled back; a refusal or a sign-in is recorded in a transaction of
 * its own, so that it stays even when the request fails.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, java.util.Optional<Clock> clock) {
        this.repository = repository;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Records a change made by {@code actor}; call it inside the changing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(CurrentUser actor, String action, String entityType, Object entityId, Long stakeholderId, String detail) {
        repository.insert(event(actor == null ? null : actor.id(), actor == null ? "system" : actor.email(), action, "SUCCESS",
                entityType, entityId, stakeholderId, detail));
    }

    /** One success event per entity, written in batches: for imports that create thousands of entities at once. */
    public void changedEach(CurrentUser actor, String action, String entityType, List<?> entityIds, Long stakeholderId,
                            List<String> details) {
        var events = new java.util.ArrayList<AuditEvent>(entityIds.size());
        for (int i = 0; i < entityIds.size(); i++) {
            events.add(event(actor == null ? null : actor.id(), actor == null ? "system" : actor.email(), action, "SUCCESS",
                    entityType, entityIds.get(i), stakeholderId, details.get(i)));
        }
        repository.insertAll(events);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(CurrentUser actor, String action, String entityType, Object entityId, Long stakeholderId, String detail) {
        repository.insert(event(actor == null ? null : actor.id(), actor == null ? "anonymous" : actor.email(), action, "DENIED",
                entityType, entityId, stakeholderId, detail));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signIn(Long userId, String label, boolean success, String detail) {
        repository.insert(event(userId, label, "SIGN_IN", success ? "SUCCESS" : "FAILURE", "user", userId, null, detail));
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> find(CurrentUser reader, AuditFilter filter, PageRequest page) {
        return new Page<>(repository.find(filter, page), page.page(), page.size(), repository.count(filter));
    }

    @Transactional(readOnly = true)
    public List<String> actions() {
        return repository.actions();
    }

    private AuditEvent event(Long actorId, String label, String action, String outcome, String entityType, Object entityId,
                             Long stakeholderId, String detail) {
        return new AuditEvent(0, Instant.now(clock), actorId, label, action, outcome, entityType,
                entityId == null ? null : entityId.toString(), stakeholderId, detail, remoteAddress());
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
