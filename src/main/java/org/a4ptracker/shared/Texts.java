package org.a4ptracker.shared;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Resolves a message key with arguments in the language of the request being served, for problems
 * that services report (a refused character, an out-of-range filter). Read from the same bundles as
 * the pages, straight from the classpath, so that plain unit tests resolve them too.
 */
public final class Texts {

    private static final MessageSourceAccessor MESSAGES;

    static {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        MESSAGES = new MessageSourceAccessor(source);
    }

    private Texts() {
    }

    /** The text of {@code key} with {@code args} in the current request's language (English outside a request). */
    public static String get(String key, Object... args) {
        return MESSAGES.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
