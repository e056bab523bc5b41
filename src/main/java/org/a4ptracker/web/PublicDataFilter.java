package org.a4ptracker.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.PublicData;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before anything reads a figure: one read of the public data versions, so that figures this node keeps from
 * before a commit on another node are dropped (see {@link PublicData}). Static files need no figures.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicDataFilter extends OncePerRequestFilter {

    /** The request attribute holding the versions this request read ({@link PublicData#refresh()}). */
    static final String STAMP = PublicDataFilter.class.getName() + ".STAMP";

    private final PublicData publicData;

    PublicDataFilter(PublicData publicData) {
        this.publicData = publicData;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
                || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(STAMP, publicData.refresh());
        chain.doFilter(request, response);
    }
}
