package org.a4ptracker.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in account, whether it signed in with a password, an API token or an OpenID
 * Connect provider: in every case it is one of our pre-created accounts with its own rights.
 */
public final class AccountPrincipal implements UserDetails, OidcUser {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final OidcIdToken idToken;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, OidcIdToken idToken) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.idToken = idToken;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var roles = new ArrayList<GrantedAuthority>();
        if (user.administrator()) {
            roles.add(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
        }
        if (user.reviewer()) {
            roles.add(new SimpleGrantedAuthority("ROLE_REVIEWER"));
        }
        if (user.isFocalPoint()) {
            roles.add(new SimpleGrantedAuthority("ROLE_FOCAL_POINT"));
        }
        roles.add(new SimpleGrantedAuthority("ROLE_USER"));
        return List.copyOf(roles);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    /** Never locked: failed sign-ins are throttled (SignInThrottle), which leaves live sessions and API tokens alone. */
    @Override
    public boolean isAccountNonLocked() {
        return true;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String getName() {
        return user.email();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken == null ? Map.of("email", user.email()) : idToken.getClaims();
    }

    @Override
    public Map<String, Object> getClaims() {
        return getAttributes();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }
}
