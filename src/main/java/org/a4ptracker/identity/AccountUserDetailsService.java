package org.a4ptracker.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for password sign-in, and turns an account into the principal of any sign-in. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountUserDetailsService(UserRepository users, java.util.Optional<Clock> clock) {
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.byEmail(email).map(row -> principal(row, null))
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
    }

    UserRepository users() {
        return users;
    }

    AccountPrincipal principal(UserRepository.Row row, org.springframework.security.oauth2.core.oidc.OidcIdToken idToken) {
        var user = new CurrentUser(row.id(), row.email(), row.displayName(), row.administrator(), row.reviewer(),
                java.util.Set.copyOf(users.stakeholderIds(row.id())));
        boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now(clock));
        return new AccountPrincipal(user, row.passwordHash() == null ? "{noop}!" : row.passwordHash(), locked, row.enabled(), idToken);
    }
}
