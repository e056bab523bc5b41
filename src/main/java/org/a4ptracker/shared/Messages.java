package org.a4ptracker.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders what services return ({@link Text}, or any other resolvable) in the reader's language.
 * Templates call it as {@code ${@i18n.text(error)}}; controllers and API handlers call it directly.
 * A plain string is shown as it is: it is already text, such as a name a person typed. Several
 * texts (a field's problems) are said one after the other, with the language's separator.
 */
@Component("i18n")
public class Messages {

    private final MessageSource messages;

    public Messages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Object message) {
        return text(message, LocaleContextHolder.getLocale());
    }

    public String text(Object message, Locale locale) {
        if (message == null) {
            return null;
        }
        Locale language = Languages.orEnglish(locale);
        if (message instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, language);
        }
        if (message instanceof java.util.Collection<?> several) {
            String separator = messages.getMessage("problem.separator", null, language);
            return several.stream().map(m -> text(m, language)).collect(java.util.stream.Collectors.joining(separator));
        }
        return message.toString();
    }

    /**
     * A text in English, for logs and exception messages (server-side, never shown to a reader in
     * another language); a missing key gives the key itself rather than failing the log line.
     */
    public static String english(MessageSourceResolvable message) {
        try {
            return EnglishHolder.SOURCE.getMessage(message, Languages.ENGLISH);
        } catch (org.springframework.context.NoSuchMessageException e) {
            return message.toString();
        }
    }

    private static final class EnglishHolder {
        static final IcuMessageSource SOURCE = new IcuMessageSource();
    }

    /** The message key of a text, for API answers that give the key beside the rendered text. */
    public static String code(Object message) {
        return message instanceof Text t ? t.key() : null;
    }
}
