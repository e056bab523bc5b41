package org.a4ptracker.framework;

import java.util.List;

import org.a4ptracker.shared.ReferenceData;

/**
 * The framework reference data as shipped in {@code data/framework/*.csv}, derived from the
 * Declaration by {@code tools/data/extract_declaration.py}.
 */
record DeclarationData(List<FrameworkRow> frameworks, List<AreaRow> areas, List<CommitmentRow> commitments,
                       List<ElementRow> a4pPlusElements, List<MappingRow> a4pPlusMapping) {

    static final String A4P = "A4P";
    static final String A4P_PLUS = "A4P_PLUS";

    record FrameworkRow(String code, String name, int startYear, Integer endYear, String description, String source) {
    }

    record AreaRow(int number, String shortTitle, String title, String statement, String source) {
    }

    record CommitmentRow(int number, int area, Actor actor, int paragraph, String text, String source) {
    }

    record ElementRow(String code, String kind, int sortOrder, String title) {
    }

    record MappingRow(String element, int area, String note) {
    }

    static DeclarationData load() {
        String dir = "data/framework/";
        return new DeclarationData(
                ReferenceData.read(dir + "frameworks.csv").stream().map(r -> new FrameworkRow(r.get("code"), r.get("name"),
                        Integer.parseInt(r.get("start_year")), ReferenceData.optionalInt(r, "end_year"),
                        r.get("description"), r.get("source"))).toList(),
                ReferenceData.read(dir + "a4p-areas.csv").stream().map(r -> new AreaRow(Integer.parseInt(r.get("number")),
                        r.get("short_title"), r.get("title"), r.get("statement"), r.get("source"))).toList(),
                ReferenceData.read(dir + "a4p-commitments.csv").stream().map(r -> new CommitmentRow(
                        Integer.parseInt(r.get("number")), Integer.parseInt(r.get("area")), Actor.valueOf(r.get("actor")),
                        Integer.parseInt(r.get("paragraph")), r.get("text"), r.get("source"))).toList(),
                ReferenceData.read(dir + "a4p-plus-elements.csv").stream().map(r -> new ElementRow(r.get("code"),
                        r.get("kind"), Integer.parseInt(r.get("position")), r.get("title"))).toList(),
                ReferenceData.read(dir + "a4p-plus-area-mapping.csv").stream().map(r -> new MappingRow(r.get("element"),
                        Integer.parseInt(r.get("area")), r.get("note"))).toList());
    }
}
