package org.a4ptracker.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.PageStamp;
import org.a4ptracker.shared.PublicData;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Public pages rendered once and sent again as they are, until the data they show changes: about 2 ms of template
 * work per page saved on each request of a reader who is not signed in (docs/benchmarks.md).
 *
 * <p>A page is kept under everything its bytes depend on: the public data versions this request read from the
 * database at its start ({@link PublicDataFilter}, so a commit on any node makes every node render again), the
 * stamps of the modules with state of their own ({@link PageStamp}: this node's search index), the day, the
 * reader's language, whether htmx asked for a part, what the client accepts, and the address with its query. Only for
 * the read-only public pages and their JSON twins listed in {@link #PAGES} (never for an API call with a token), only for readers who are not signed in and have no session (a session could hold a
 * message for them alone), never when the request chooses a language (that answer sets a cookie), and a page is
 * kept only if it is an HTML or JSON 200 that opened no session, set no cookie and carries no CSRF token; it is sent
 * again with the headers its rendering set. Kept in this JVM's memory, at most {@code a4p.kept-pages.max-bytes}
 * (48 MB; 0: nothing kept): an optimisation only; a node that has nothing kept renders, as every node did before.
 */
class KeptPages extends OncePerRequestFilter {

    /** The read-only public pages, by path. Action pages, the survey link pages, sign-in and all forms are not here. */
    static final Pattern PAGES = Pattern.compile("/|/overview(/reporting-status)?|/areas(/\\d{1,3})?|/commitments(/\\d{1,3})?"
            + "|/stakeholders(/[A-Za-z0-9_-]{1,40})?|/missions(/[A-Za-z0-9_-]{1,40})?|/actions|/surveys"
            + "|/surveys/\\d{1,12}/results(/commitments)?|/indicators(/[A-Za-z0-9_-]{1,60})?|/endorsements(/counts)?"
            + "|/frameworks(/[A-Za-z0-9_-]{1,40})?|/search"
            // their JSON twins (downloads, with a dot in their path, stream and are never kept)
            + "|/api/v1/(overview(/reporting-status)?|areas(/\\d{1,3})?|commitments(/\\d{1,3})?|stakeholders(/[A-Za-z0-9_-]{1,40})?"
            + "|missions(/[A-Za-z0-9_-]{1,40})?|actions|surveys|surveys/\\d{1,12}/results|indicators(/[A-Za-z0-9_-]{1,60}(/series)?)?"
            + "|reporting-status/[A-Za-z0-9_-]{1,40}|endorsements(/counts)?|frameworks(/[A-Za-z0-9_-]{1,40})?|search|search/suggest)");

    /** Headers a kept answer does not repeat: each response's own, or written by the container. */
    private static final java.util.Set<String> NOT_REPEATED = java.util.Set.of("set-cookie", "content-length", "date",
            "transfer-encoding", "connection", "keep-alive", "content-type", "content-language");

    private static final int MAX_KEY = 2048;

    /** {@code etag}: of an HTML page, as the ETag filter would compute it, so that it need not hash the page again. */
    private record Kept(byte[] body, String contentType, Locale locale, String etag, List<java.util.Map.Entry<String, String>> headers) {
    }

    private final ConcurrentHashMap<String, Kept> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final long maxBytes;
    private final LocaleResolver locales;
    private final List<PageStamp> stamps;
    private final Clock clock;
    private final io.micrometer.core.instrument.Counter hits;
    private final io.micrometer.core.instrument.Counter misses;

    KeptPages(long maxBytes, LocaleResolver locales, List<PageStamp> stamps, PublicData publicData, Optional<Clock> clock) {
        this.maxBytes = maxBytes;
        this.locales = locales;
        this.stamps = List.copyOf(stamps);
        this.clock = clock.orElse(Clock.systemUTC());
        this.hits = io.micrometer.core.instrument.Metrics.counter("a4p.cache.gets", "cache", "pages", "result", "hit");
        this.misses = io.micrometer.core.instrument.Metrics.counter("a4p.cache.gets", "cache", "pages", "result", "miss");
        // what is kept under older versions can never be asked for again: dropped as soon as this node learns of a change
        publicData.onChange(this::clear, PublicData.Kind.values());
    }

    void clear() {
        generation.incrementAndGet();
        pages.clear();
        bytes.set(0);
    }

    int size() {
        return pages.size();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        return maxBytes <= 0 || !"GET".equals(request.getMethod()) || !PAGES.matcher(path).matches()
                || request.getAttribute(PublicDataFilter.STAMP) == null
                || request.getRequestedSessionId() != null || signedIn()
                || request.getParameter("lang") != null
                // the key holds the query: parameters from anywhere else (a test's, a body's) would not be in it
                || (query == null && !request.getParameterMap().isEmpty())
                || request.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_KEY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Kept kept = pages.get(key);
        if (kept != null) {
            hits.increment();
            response.setContentType(kept.contentType());
            if (kept.locale() != null) {
                response.setLocale(kept.locale()); // Content-Language, which the container keeps apart from other headers
            }
            kept.headers().forEach(h -> response.addHeader(h.getKey(), h.getValue()));
            if (kept.etag() != null) {
                // what the ETag filter does with a page it hashed, without hashing it again (a set ETag makes it step aside)
                PublicPageCacheFilter.keptInTheBrowser(response);
                if (new org.springframework.web.context.request.ServletWebRequest(request, response).checkNotModified(kept.etag())) {
                    return;
                }
            }
            // with an ETag set, the ETag filter's wrapper passes the body through but would drop a length given to it
            var etagFilter = org.springframework.web.util.WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
            (kept.etag() != null && etagFilter != null ? (HttpServletResponse) etagFilter.getResponse() : response)
                    .setContentLength(kept.body().length);
            response.getOutputStream().write(kept.body());
            return;
        }
        misses.increment();
        long before = generation.get();
        var earlier = new java.util.HashSet<>(response.getHeaderNames());
        var wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (keepable(request, wrapper, body) && bytes.addAndGet(body.length) <= maxBytes) {
            var headers = new java.util.ArrayList<java.util.Map.Entry<String, String>>();
            for (String name : wrapper.getHeaderNames()) {
                if (!earlier.contains(name) && !NOT_REPEATED.contains(name.toLowerCase(Locale.ROOT))) {
                    wrapper.getHeaders(name).forEach(v -> headers.add(java.util.Map.entry(name, v)));
                }
            }
            String type = wrapper.getContentType();
            boolean html = type.startsWith("text/html");
            pages.put(key, new Kept(body, type, html ? wrapper.getLocale() : null, html ? etag(body) : null, List.copyOf(headers)));
            if (generation.get() != before) {
                // the data changed while this page was rendered: it may show figures from before, so it is not kept
                pages.remove(key);
            }
        } else if (bytes.get() > maxBytes) {
            clear();
        }
        wrapper.copyBodyToResponse();
    }

    /** The weak ETag {@link PublicPageCacheFilter} writes (ShallowEtagHeaderFilter's format). */
    static String etag(byte[] body) {
        var etag = new StringBuilder(37).append("W/\"0");
        org.springframework.util.DigestUtils.appendMd5DigestAsHex(body, etag);
        return etag.append('"').toString();
    }

    private String key(HttpServletRequest request) {
        Locale locale = locales.resolveLocale(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var key = new StringBuilder(128).append(request.getAttribute(PublicDataFilter.STAMP));
        for (PageStamp stamp : stamps) {
            if (stamp.covers(path)) {
                key.append('|').append(stamp.stamp());
            }
        }
        String query = request.getQueryString();
        return key.append('|').append(LocalDate.now(clock)).append('|').append(locale.toLanguageTag())
                .append('|').append(request.getHeader("HX-Request")).append('|').append(request.getHeader("Accept"))
                .append('|').append(request.getRequestURI())
                .append(query == null ? "" : "?" + query).toString();
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response, byte[] body) {
        String type = response.getContentType();
        return response.getStatus() == 200 && type != null && (type.startsWith("text/html") || type.startsWith("application/json"))
                && response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null
                && !new String(body, java.nio.charset.StandardCharsets.ISO_8859_1).contains("name=\"_csrf\"");
    }

    private static boolean signedIn() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }
}
