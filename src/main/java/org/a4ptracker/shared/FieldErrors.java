package org.a4ptracker.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a page's GOV.UK error summary lists and each field shows beside it (layout :: errorSummary,
 * layout :: fieldError): the id of the field on the page to its one problem, in the page's order.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /**
     * The problems of a refused form, placed on the page's fields: {@code parameterThenFieldId} pairs
     * each request parameter with the id of its field, in the order the fields appear. A parameter the
     * page has no field for is left out: the caller shows that problem apart (an error box), so an
     * empty answer means "no field to point at".
     */
    public static Map<String, Text> of(BadRequestException e, String... parameterThenFieldId) {
        if (parameterThenFieldId.length % 2 != 0) {
            throw new IllegalArgumentException("parameter and field id pairs expected");
        }
        Map<String, Text> problems = e instanceof InvalidFieldsException several ? several.problems()
                : Map.of(e.parameter(), e.text());
        var onPage = new LinkedHashMap<String, Text>();
        for (int i = 0; i < parameterThenFieldId.length; i += 2) {
            Text problem = problems.get(parameterThenFieldId[i]);
            if (problem != null) {
                onPage.putIfAbsent(parameterThenFieldId[i + 1], problem);
            }
        }
        return onPage;
    }

    /**
     * Puts a refused form's problems where its page shows them: beside their fields ({@code fieldErrors}, which the
     * error summary lists), or, when the page has no field for them, in its error box ({@code error}). {@code model}
     * is the page's model or, for a redirect, its flash attributes.
     */
    public static void show(BadRequestException e, BiConsumer<String, Object> model, String... parameterThenFieldId) {
        var onPage = of(e, parameterThenFieldId);
        if (onPage.isEmpty()) {
            model.accept("error", e.text());
        } else {
            model.accept("fieldErrors", onPage);
        }
    }
}
