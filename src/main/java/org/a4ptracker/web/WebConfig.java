package org.a4ptracker.web;

import java.time.Duration;
import java.util.List;

import org.a4ptracker.shared.SampleDataProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration
class WebConfig implements WebMvcConfigurer {

    private final SampleDataProperties sample;

    WebConfig(SampleDataProperties sample) {
        this.sample = sample;
    }

    /** The six UN languages (shared.Languages): chosen, else negotiated, else English. */
    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Override
    public void addArgumentResolvers(java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new org.a4ptracker.identity.CurrentUserArgumentResolver());
    }

    /**
     * Our own static files, each folder a pattern of its own: a link is looked up as a file only when
     * it starts with one of them (with "/**" every th:href was, a few milliseconds each; see
     * docs/benchmarks.md). Links carry a hash of the content (app-3f2a....css), so a file can be
     * kept for a year unchanged and a new version has a new name.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : List.of("css", "js", "img")) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                    .addTransformer(new ScriptCommentStripper());
        }
        // asked for by browsers and feed readers whatever the page says; its name cannot change, so kept a day
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/img/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    /** Writes the fingerprinted name into th:href and th:src links to the files above. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    }

    /** After Spring Security (order -100), which has told who is reading by then. */
    @Bean
    FilterRegistrationBean<PublicPageCacheFilter> publicPageCacheFilter() {
        var registration = new FilterRegistrationBean<>(new PublicPageCacheFilter());
        registration.setOrder(10);
        return registration;
    }

    /** Inside the ETag filter, so that a kept page is answered 304 like a rendered one. */
    @Bean
    KeptPages keptPages(@org.springframework.beans.factory.annotation.Value("${a4p.kept-pages.max-bytes}") long maxBytes,
                        LocaleResolver locales, List<org.a4ptracker.shared.PageStamp> stamps,
                        org.a4ptracker.shared.PublicData publicData, java.util.Optional<java.time.Clock> clock) {
        return new KeptPages(maxBytes, locales, stamps, publicData, clock);
    }

    @Bean
    FilterRegistrationBean<KeptPages> keptPagesFilter(KeptPages keptPages) {
        var registration = new FilterRegistrationBean<>(keptPages);
        registration.setOrder(20);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new LayoutInterceptor(sample));
    }
}
