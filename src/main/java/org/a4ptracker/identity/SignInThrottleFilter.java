package org.a4ptracker.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link SignInThrottle} before the password is checked. Bulk attempts from one client answer 429 with
 * Retry-After; too many for one e-mail answer {@code /login?locked} whether the account exists or not, and
 * the password is not checked meanwhile (not even a right one), so that waiting is the only way on.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;
    private final AuditLog audit;

    public SignInThrottleFilter(SignInThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = UserRepository.normalise(request.getParameter("username"));
        var verdict = throttle.attempt(email == null ? "" : email, request.getRemoteAddr());
        switch (verdict.outcome()) {
            case ALLOWED -> chain.doFilter(request, response);
            case CLIENT_THROTTLED -> {
                audit.signIn(null, email, false, "THROTTLED_CLIENT");
                response.setHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            }
            case ACCOUNT_THROTTLED -> {
                audit.signIn(null, email, false, "THROTTLED_ACCOUNT");
                SignInFailureHandler.keepTypedEmail(request);
                response.setHeader("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
                response.sendRedirect(request.getContextPath() + "/login?locked");
            }
        }
    }
}
