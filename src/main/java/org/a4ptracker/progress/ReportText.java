package org.a4ptracker.progress;

import java.util.Locale;

import org.a4ptracker.shared.Languages;
import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Text;

/** The messages of a report in its language (the reader's when it was asked for). */
record ReportText(Messages messages, Locale locale) {

    ReportText {
        locale = Languages.orEnglish(locale);
    }

    String of(String key, Object... args) {
        return messages.text(Text.of(key, args), locale);
    }
}
