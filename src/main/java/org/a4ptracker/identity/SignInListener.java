package org.a4ptracker.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every sign-in. Failures are throttled, not counted here: see {@link SignInThrottle}, which a
 * successful password sign-in tells to give its tokens back.
 */
@Component
class SignInListener {

    private final UserRepository users;
    private final AuditLog audit;
    private final SignInThrottle throttle;

    SignInListener(UserRepository users, AuditLog audit, SignInThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && !(event.getAuthentication() instanceof ApiTokenAuthentication)) {
            audit.signIn(principal.user().id(), principal.user().email(), true,
                    event.getAuthentication().getClass().getSimpleName().replace("AuthenticationToken", ""));
            if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
                throttle.succeeded(principal.user().email(), details.getRemoteAddress());
            }
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
        audit.signIn(users.byEmail(email).map(UserRepository.Row::id).orElse(null), UserRepository.normalise(email), false,
                event.getException().getClass().getSimpleName());
    }
}
