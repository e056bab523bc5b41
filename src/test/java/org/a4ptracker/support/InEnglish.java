package org.a4ptracker.support;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.a4ptracker.shared.Messages;
import org.a4ptracker.shared.Text;
import org.springframework.context.MessageSourceResolvable;

/**
 * Services return message keys with arguments; tests that check the wording compare the English
 * rendering, as a reader of the English pages sees it.
 */
public final class InEnglish {

    /** The English of {@code RowCells.FORMULA}. */
    public static final String FORMULA = "looks like a spreadsheet formula; remove the leading \"=\" (or + - @)";

    /** A problem of an uploaded row as shown: row, column and English message. */
    public record Row(int row, String column, String message) {
    }

    private InEnglish() {
    }

    public static String text(Object message) {
        return message instanceof MessageSourceResolvable r ? Messages.english(r) : String.valueOf(message);
    }

    public static String text(String key, Object... args) {
        return Messages.english(Text.of(key, args));
    }

    /** Any list of records with {@code row()}, {@code column()} and {@code message()}, in English. */
    public static List<Row> rows(List<?> errors) {
        return errors.stream().map(InEnglish::row).toList();
    }

    private static Row row(Object error) {
        try {
            RecordComponent[] parts = error.getClass().getRecordComponents();
            int row = 0;
            String column = null;
            Object message = null;
            for (RecordComponent part : parts) {
                Object value = part.getAccessor().invoke(error);
                switch (part.getName()) {
                    case "row" -> row = (Integer) value;
                    case "column" -> column = (String) value;
                    case "message" -> message = value;
                    default -> { }
                }
            }
            return new Row(row, column, text(message));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
