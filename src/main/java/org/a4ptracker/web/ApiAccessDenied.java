package org.a4ptracker.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refusals of the security filters for /api/ calls, as problem details. A write without a session or
 * token is refused by the CSRF check before anyone is known: that is "not signed in" (401, as the
 * README promises), not "not allowed" (403), which stays for a signed-in caller without a CSRF token.
 * In the caller's language, with the message key as {@code code}, as {@link ApiExceptionHandler} answers.
 */
final class ApiAccessDenied implements AccessDeniedHandler {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private final Messages messages;
    private final LanguageResolver languages = new LanguageResolver();

    ApiAccessDenied(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
        HttpStatus status = anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
        if (anonymous) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var locale = languages.resolveLocale(request);
        var detail = Text.of(anonymous ? "api.unauthorized" : "api.forbidden.csrf");
        var problem = new java.util.LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("status", status.value());
        problem.put("title", messages.text(Text.of(anonymous ? "problem.title.unauthorized" : "problem.title.forbidden"), locale));
        problem.put("detail", messages.text(detail, locale));
        problem.put("code", detail.key());
        problem.put("instance", request.getRequestURI());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
