package org.a4ptracker.shared;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, formatted with ICU's MessageFormat instead of the JDK's: plural rules per
 * language ({@code {0, plural, one{...} few{...} many{...} other{...}}}, needed for Russian and
 * Arabic), and numbers with the same CLDR data as {@link Formats}. Dates in arguments are written
 * by {@link Formats} too. As with Spring's default, a message without arguments is returned as
 * written (so a lone apostrophe is fine there), and one with arguments is a MessageFormat pattern
 * (write '' for an apostrophe).
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public IcuMessageSource() {
        setBasename("messages/messages");
        setDefaultEncoding("UTF-8");
        setFallbackToSystemLocale(false);
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null) {
            return null;
        }
        Locale language = locale == null ? Languages.ENGLISH : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return getParentMessageSource() == null ? null : super.getMessageInternal(code, args, locale);
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        Object[] values = resolveArguments(args, language);
        for (int i = 0; i < values.length; i++) {
            values[i] = Formats.forArgument(values[i], language);
        }
        MessageFormat format = formats.computeIfAbsent(language.toLanguageTag() + '\u0000' + code,
                k -> new MessageFormat(pattern, ULocale.forLocale(language)));
        synchronized (format) {
            return format.format(values);
        }
    }
}
