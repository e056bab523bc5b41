package org.a4ptracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Lets a browser keep a public page and ask whether it changed (ETag, then 304 Not Modified)
 * instead of downloading it again: on a slow field link a page already seen costs its headers only.
 * Stored in the browser only ({@code private}) and checked on every use ({@code no-cache}), so a
 * reader never sees a page older than the server's.
 *
 * <p>Only for readers who are not signed in, and only for pages that carry no CSRF token: a
 * signed-in page stays {@code no-store} (Spring Security's default), and so does a form whose token
 * could go stale in the cache (sign-in, survey answers). Runs after Spring Security, which has then
 * told who is reading. Not for downloads, the API or attachments, which would be held in memory.
 */
class PublicPageCacheFilter extends ShallowEtagHeaderFilter {

    static final String CACHE_CONTROL = "private, no-cache";

    PublicPageCacheFilter() {
        // Tomcat does not compress a response with a strong ETag (the bytes on the wire would differ)
        setWriteWeakETag(true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // a survey link's pages (the answers, the receipt) are someone's own answers on what may be a shared device:
        // never kept in the browser's cache, although their forms carry no CSRF field (the link is the credential)
        return !"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.startsWith("/respond/")
                || path.startsWith("/reports/") || path.contains("/attachments/") || path.lastIndexOf('.') > path.lastIndexOf('/')
                || signedIn();
    }

    @Override
    protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response, int status, InputStream body) {
        String type = response.getContentType();
        if (!super.isEligibleForEtag(request, response, status, body) || type == null || !type.startsWith("text/html")
                || carriesCsrfToken(body)) {
            return false;
        }
        // decided here because only now is the page known; Spring Security's no-store is written only when nothing is
        keptInTheBrowser(response);
        return true;
    }

    /** The headers of a page a browser may keep and must check (also for a page sent again by {@link KeptPages}). */
    static void keptInTheBrowser(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        // an htmx-style fragment and the whole page share an address
        response.addHeader(HttpHeaders.VARY, "HX-Request");
    }

    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }

    private static boolean carriesCsrfToken(InputStream body) {
        try {
            return new String(body.readAllBytes(), StandardCharsets.ISO_8859_1).contains("name=\"_csrf\"");
        } catch (IOException e) {
            return true; // cannot tell: keep it out of caches
        }
    }
}
