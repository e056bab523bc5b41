package org.a4ptracker.action;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Matches the header row to the template's columns; rows are not read unless the header is right. */
final class ImportColumns {

    static final List<String> REQUIRED = List.of("title", "description", "commitments", "status", "reporting_cycle");

    private ImportColumns() {
    }

    /** Column name to cell index; header problems are added to {@code errors}. */
    static Map<String, Integer> resolve(List<ImportCell> header, List<ImportError> errors) {
        var columns = new LinkedHashMap<String, Integer>();
        var unknown = new ArrayList<String>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).value().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!ActionImportTemplate.COLUMNS.contains(name)) {
                unknown.add(header.get(i).value());
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(ImportError.file("the column \"" + name + "\" appears more than once"));
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(ImportError.file("missing required " + plural("column", missing) + " " + quoted(missing)));
        }
        if (!unknown.isEmpty()) {
            errors.add(ImportError.file("unknown " + plural("column", unknown) + " " + quoted(unknown)
                    + ": the accepted columns are " + String.join(", ", ActionImportTemplate.COLUMNS)));
        }
        return columns;
    }

    private static String plural(String word, List<String> items) {
        return items.size() == 1 ? word : word + "s";
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
