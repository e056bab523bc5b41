package org.a4ptracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Checks a page sent back with a refused form against the GOV.UK error-summary pattern, on its HTML: the title says
 * "Error:", the summary (focused when the page opens) links to each field in error, and each such field is
 * aria-invalid and described by its message, which the page shows.
 */
public final class FormInError {

    private FormInError() {
    }

    /**
     * The page a refused form redirected to, as a browser gets it: with the session cookie that holds the flash
     * attributes (the session is Spring Session's, in the database, which MockMvc's own flash map does not reach).
     */
    public static String followed(MockMvc mvc, MvcResult redirect, RequestPostProcessor as) throws Exception {
        String target = redirect.getResponse().getRedirectedUrl();
        assertThat(target).as("a redirect").isNotNull();
        Cookie session = redirect.getResponse().getCookie("SESSION");
        assertThat(session).as("the session that carries the flash attributes").isNotNull();
        var response = mvc.perform(MockMvcRequestBuilders.get(target).with(as).cookie(session)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The page's title says "Error:" and its summary links to exactly these fields, in this order. */
    public static void assertSummary(String html, String... fieldIds) {
        assertThat(html).containsPattern("<title>Error: [^<]+</title>");
        Matcher summary = Pattern.compile("<div class=\"error-summary\" id=\"error-summary\" tabindex=\"-1\" autofocus[^>]*>(.*?)</ul>",
                Pattern.DOTALL).matcher(html);
        assertThat(summary.find()).as("an error summary, focused as the page opens").isTrue();
        var links = Pattern.compile("<a href=\"#([^\"]+)\"").matcher(summary.group(1)).results().map(m -> m.group(1)).toList();
        assertThat(links).containsExactly(fieldIds);
        assertThat(html).as("one summary").containsOnlyOnce("id=\"error-summary\"");
    }

    /** The field is marked invalid and described by its message, which is on the page and says {@code message}. */
    public static void assertField(String html, String fieldId, String message) {
        String tag = tag(html, fieldId);
        assertThat(tag).as(fieldId).contains("aria-invalid=\"true\"");
        assertThat(tag).as(fieldId).containsPattern("aria-describedby=\"[^\"]*\\b" + Pattern.quote(fieldId + "-error") + "\\b");
        Matcher error = Pattern.compile("id=\"" + Pattern.quote(fieldId + "-error") + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(error.find()).as("the message of " + fieldId).isTrue();
        assertThat(error.group(1)).as("the message of " + fieldId).contains(message);
        assertThat(html).as("one message for " + fieldId).containsOnlyOnce("id=\"" + fieldId + "-error\"");
    }

    /** A field that is not in error says nothing of the kind. */
    public static void assertFieldValid(String html, String fieldId) {
        assertThat(tag(html, fieldId)).as(fieldId).doesNotContain("aria-invalid", "aria-describedby");
    }

    /** The opening tag of the input, textarea or select with this id. */
    public static String tag(String html, String fieldId) {
        Matcher tag = Pattern.compile("<(?:input|textarea|select)\\b[^>]*\\bid=\"" + Pattern.quote(fieldId) + "\"[^>]*>").matcher(html);
        assertThat(tag.find()).as("a field with id " + fieldId).isTrue();
        return tag.group();
    }
}
