package org.a4ptracker.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API call authenticated by a personal token: the owner's rights, nothing more. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final AccountPrincipal principal;

    ApiTokenAuthentication(AccountPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }
}
