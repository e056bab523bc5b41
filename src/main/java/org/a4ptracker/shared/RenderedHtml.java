package org.a4ptracker.shared;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A page fragment rendered once by Thymeleaf, as the page would render it (messages in the given
 * language, links, every value escaped), so that a large section whose figures are kept (a world
 * map of 177 outlines, a grid) is not rendered again on every request. A page includes it with
 * {@code th:utext="${x.html()}"}: the only unescaped output allowed in templates, and it is
 * Thymeleaf's own escaped output. The fragment must not depend on the reader (no forms, no CSRF
 * token, nothing about who is signed in), since one rendering is shown to everyone.
 */
public record RenderedHtml(String html) {

    @Component
    public static class Renderer {

        private final SpringTemplateEngine engine;
        private final JakartaServletWebApplication application;
        private final ThymeleafEvaluationContext evaluation;

        Renderer(SpringTemplateEngine engine, ServletContext servletContext, ApplicationContext context,
                 @Qualifier("mvcConversionService") ConversionService conversion) {
            this.engine = engine;
            this.application = JakartaServletWebApplication.buildApplication(servletContext);
            this.evaluation = new ThymeleafEvaluationContext(context, conversion);
        }

        /** Renders the fragment named {@code fragment} (not an element name) of {@code template} with these variables. */
        public RenderedHtml render(String template, String fragment, Map<String, Object> variables, Locale locale) {
            var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
            HttpServletRequest request = attributes.getRequest();
            HttpServletResponse response = attributes.getResponse();
            var context = new WebContext(application.buildExchange(request, response), locale, variables);
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluation);
            return new RenderedHtml(engine.process(template, Set.of(fragment), context));
        }
    }
}
