package org.a4ptracker.identity;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Sign-in through an organisation's OpenID Connect provider. The provider proves who the person
 * is; the rights come only from a pre-created, enabled account with the same verified e-mail.
 * No account is ever created by the provider alone.
 */
@Service
public class OidcAccountService extends OidcUserService {

    private final UserRepository users;
    private final AccountUserDetailsService accounts;
    private final AuditLog audit;

    OidcAccountService(UserRepository users, AccountUserDetailsService accounts, AuditLog audit) {
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** True for the refusals this service has already written to the audit log. */
    public boolean audits(OAuth2AuthenticationException e) {
        String code = e.getError().getErrorCode();
        return "no_account".equals(code) || "no_verified_email".equals(code);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String email = oidc.getEmail();
        // an e-mail the provider has not verified could be anyone's, and it is the key to an account's rights
        if (email == null || !Boolean.TRUE.equals(oidc.getEmailVerified())) {
            audit.signIn(null, String.valueOf(email), false, "OIDC: no verified e-mail");
            throw new OAuth2AuthenticationException(new OAuth2Error("no_verified_email",
                    "The identity provider did not give a verified e-mail address", null));
        }
        var row = users.byEmail(email).filter(UserRepository.Row::enabled).orElseThrow(() -> {
            audit.signIn(null, UserRepository.normalise(email), false, "OIDC: no account");
            return new OAuth2AuthenticationException(new OAuth2Error("no_account",
                    "No A4P Tracker account exists for " + email + "; ask an administrator to create one", null));
        });
        return accounts.principal(row, oidc.getIdToken());
    }
}
