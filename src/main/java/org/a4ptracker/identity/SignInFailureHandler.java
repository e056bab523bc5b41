package org.a4ptracker.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused sign-in goes back to the form with the e-mail address as it was typed (never the password), kept in
 * the session for the one page that shows it: the error summary there points at the fields.
 */
public class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    static final String TYPED_EMAIL = "a4p.sign-in.typed-email";
    private static final int MAX_EMAIL = 320;

    public SignInFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        keepTypedEmail(request);
        super.onAuthenticationFailure(request, response, exception);
    }

    static void keepTypedEmail(HttpServletRequest request) {
        String email = request.getParameter("username");
        if (email != null && !email.isBlank() && email.length() <= MAX_EMAIL) {
            request.getSession().setAttribute(TYPED_EMAIL, email);
        }
    }

    /** The e-mail address of the last refused sign-in in this session, once. */
    static String takeTypedEmail(HttpSession session) {
        if (session == null || !(session.getAttribute(TYPED_EMAIL) instanceof String email)) {
            return null;
        }
        session.removeAttribute(TYPED_EMAIL);
        return email;
    }
}
