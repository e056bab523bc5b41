package org.a4ptracker.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every sign-in and throttles guessing: after {@link #LIMIT} failures in a row an account
 * is locked for {@link #LOCK}, whatever password is tried meanwhile.
 */
@Component
class SignInListener {

    static final int LIMIT = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    SignInListener(UserRepository users, AuditLog audit, java.util.Optional<Clock> clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            users.recordSuccess(principal.user().id());
            audit.signIn(principal.user().id(), principal.user().email(), true,
                    event.getAuthentication().getClass().getSimpleName().replace("AuthenticationToken", ""));
        }
    }

    @EventListener
    @Transactional
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureProviderNotFoundEvent) {
            // not an attempt by a person: the password manager declining a token it does not handle,
            // as after every refused OpenID Connect sign-in (which OidcAccountService audits itself)
            return;
        }
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        users.recordFailure(email, LIMIT, Instant.now(clock).plus(LOCK));
        audit.signIn(users.byEmail(email).map(UserRepository.Row::id).orElse(null), UserRepository.normalise(email), false,
                event.getException().getClass().getSimpleName());
    }
}
