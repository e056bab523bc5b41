package org.a4ptracker.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for password sign-in, and turns an account into the principal of any sign-in. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
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
        return new AccountPrincipal(user, row.passwordHash() == null ? "{noop}!" : row.passwordHash(), row.enabled(), idToken);
    }
}
