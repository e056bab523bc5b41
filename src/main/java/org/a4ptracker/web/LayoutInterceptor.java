package org.a4ptracker.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.a4ptracker.shared.Languages;
import org.a4ptracker.shared.SampleDataProperties;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds what every page's layout needs (language links, text direction, sample-data banner)
 * to rendered views only, so JSON requests pay nothing for it.
 */
class LayoutInterceptor implements HandlerInterceptor {

    /** A language of the menu, named in itself, with the same page in it (also the page's hreflang alternate). */
    record LanguageLink(String code, String label, String href, boolean current, String dir) {
    }

    private final SampleDataProperties sample;

    LayoutInterceptor(SampleDataProperties sample) {
        this.sample = sample;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")) {
            return;
        }
        Locale locale = Languages.orEnglish(RequestContextUtils.getLocale(request));
        mav.addObject("languages", languages(request, locale));
        mav.addObject("anyLanguageHref", sameUrlIn(request, null));
        mav.addObject("textDirection", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        mav.addObject("sampleMode", sample.enabled());
        mav.addObject("currentPath", request.getRequestURI());
        mav.addObject("me", org.a4ptracker.identity.CurrentUserArgumentResolver.current());
    }

    private static List<LanguageLink> languages(HttpServletRequest request, Locale locale) {
        return Languages.SUPPORTED.stream().map(l -> new LanguageLink(l.getLanguage(), Languages.nativeName(l),
                sameUrlIn(request, l.getLanguage()), l.getLanguage().equals(locale.getLanguage()),
                Languages.rightToLeft(l) ? "rtl" : "ltr")).toList();
    }

    /**
     * A relative link to the page being shown, in another language, or with no language (null) so that the
     * reader's browser chooses; relative, so that proxies need no setup.
     */
    static String sameUrlIn(HttpServletRequest request, String language) {
        String query = request.getQueryString();
        try {
            return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query))
                    .replaceQueryParam("lang", language == null ? new Object[0] : new Object[] {language}).build(true).toUriString();
        } catch (IllegalArgumentException badlyEncodedQuery) {
            var path = UriComponentsBuilder.fromPath(request.getRequestURI());
            return (language == null ? path : path.queryParam("lang", language)).build().toUriString();
        }
    }
}
