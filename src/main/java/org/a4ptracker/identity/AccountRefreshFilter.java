package org.a4ptracker.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights copied into a browser session at sign-in must not outlive a change: on every request the
 * account is read again, so that an unbound focal point or a disabled account loses its rights at
 * once, not at its next sign-in.
 */
public class AccountRefreshFilter extends OncePerRequestFilter {

    private final UserRepository users;
    private final AccountUserDetailsService accounts;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public AccountRefreshFilter(AccountUserDetailsService accounts) {
        this.accounts = accounts;
        this.users = accounts.users();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !(authentication instanceof ApiTokenAuthentication)
                && authentication.getPrincipal() instanceof AccountPrincipal signedIn) {
            var fresh = users.byId(signedIn.user().id()).map(row -> accounts.principal(row, signedIn.getIdToken()));
            if (fresh.isEmpty() || !fresh.get().isEnabled()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!fresh.get().user().equals(signedIn.user())) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null,
                        fresh.get().getAuthorities()));
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
