package org.a4ptracker.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request (logger {@code a4p.request}, key=value pairs: method, path, status, milliseconds, request
 * id), and the request id in the logging context ({@code requestId}) of every line written while serving it, and in
 * the {@code X-Request-Id} response header. The id is the load balancer's ({@code X-Request-Id}, nginx's
 * {@code $request_id}) when it sends a plausible one, else made here, so that one request can be followed from the
 * load balancer's log to the node's. With {@code logging.structured.format.console=ecs} the lines are JSON.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("a4p.request");
    /** Invitation and survey links are secrets: their last segment never reaches a log. */
    private static final Pattern SECRET_PATH = Pattern.compile("^(/(?:respond|invitations)/)[^/]+");
    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    static final String HEADER = "X-Request-Id";

    static String loggable(String uri) {
        return SECRET_PATH.matcher(uri).replaceFirst("$1***").replace("\"", "%22");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = given != null && PLAUSIBLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        long start = System.nanoTime();
        MDC.put("requestId", id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled()) {
                // the path only: query strings may carry search words or invitation links
                log.info("method={} path=\"{}\" status={} ms={} requestId={}", request.getMethod(), loggable(request.getRequestURI()),
                        response.getStatus(), (System.nanoTime() - start) / 1_000_000, id);
            }
            MDC.remove("requestId");
        }
    }
}
