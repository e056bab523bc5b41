package org.a4ptracker.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.Languages;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The reader's language, one of the six: the one they chose (kept a year in a cookie), else the
 * best match of their browser's Accept-Language, else English. A language the app does not have
 * ({@code ?lang=xx}) is never taken up: the page is in English and nothing is remembered, so an
 * arbitrary value never reaches {@code <html lang>} or the cookie.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "a4p-lang";
    private static final String CHOSEN = LanguageResolver.class.getName() + ".chosen";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        return fromCookie(request).or(() -> negotiate(request.getHeader("Accept-Language"))).orElse(Languages.ENGLISH);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Locale> supported = Languages.supported(locale);
        request.setAttribute(CHOSEN, supported.orElse(Languages.ENGLISH));
        if (supported.isPresent() && response != null) {
            response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, supported.get().getLanguage()).path("/")
                    .maxAge(Duration.ofDays(365)).sameSite("Lax").httpOnly(true).secure(request.isSecure()).build().toString());
        }
    }

    /** The supported language the header prefers most (q-values count); empty when it names none of the six. */
    static Optional<Locale> negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return ranges.stream().filter(r -> r.getWeight() > 0)
                    .map(r -> r.getRange().equals("*") ? null : Locale.forLanguageTag(r.getRange()))
                    .map(Languages::supported).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Locale> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Languages.supported(Locale.forLanguageTag(cookie.getValue()));
            }
        }
        return Optional.empty();
    }
}
