package org.a4ptracker.export;

import java.util.List;

/**
 * The CSV files of the open-data package with their columns and Frictionless field types: one
 * definition for both the header row and the {@code datapackage.json} schema, so they cannot drift.
 */
enum OpenDataTable {

    AREAS("areas", "The Declaration's 8 areas",
            f("number", "integer"), f("short_title", "string"), f("title", "string"), f("statement", "string"),
            f("commitments", "integer"), f("source", "string")),
    COMMITMENTS("commitments", "The 45 commitments, word for word",
            f("number", "integer"), f("area", "integer"), f("area_title", "string"), f("actor", "string"),
            f("paragraph", "integer"), f("text", "string")),
    STAKEHOLDERS("stakeholders", "States, organisations, Secretariat entities and missions",
            f("code", "string"), f("type", "string"), f("iso2", "string"), f("iso_numeric", "string"), f("region", "string"),
            f("name_en", "string"), f("name_fr", "string"), f("name_es", "string"), f("name_ru", "string"),
            f("name_zh", "string"), f("name_ar", "string"), f("sample", "boolean")),
    MISSIONS("missions", "Peacekeeping missions with their host states (codes separated by ;)",
            f("code", "string"), f("name_en", "string"), f("location", "string"), f("hosts", "string"),
            f("start_year", "integer"), f("end_year", "integer"), f("active", "boolean")),
    ENDORSEMENT_COUNTS("endorsement_counts", "Published endorsement counts; a part the source does not give is empty",
            f("as_of", "date"), f("member_states", "integer"), f("organisations", "integer"), f("total", "integer"),
            f("source", "string"), f("note", "string")),
    ENDORSEMENTS("endorsements", "Endorsements of the Declaration by stakeholder",
            f("stakeholder", "string"), f("endorsed_on", "date"), f("reference", "string"), f("sample", "boolean")),
    ACTIONS("actions", "Published actions: the published version only, never a draft or a revision under review",
            f("id", "integer"), f("stakeholder", "string"), f("title", "string"), f("status", "string"),
            f("reporting_cycle", "integer"), f("commitments", "string"), f("published_at", "datetime"), f("sample", "boolean")),
    INDICATORS("indicators", "Indicator definitions (commitments separated by ;)",
            f("code", "string"), f("name", "string"), f("unit", "string"), f("direction", "string"),
            f("aggregation", "string"), f("numerator", "string"), f("denominator", "string"), f("frequency", "string"),
            f("commitments", "string"), f("source", "string")),
    INDICATOR_TARGETS("indicator_targets", "Baselines, interim and final targets of the indicators",
            f("indicator", "string"), f("disaggregation", "string"), f("target_year", "integer"), f("kind", "string"),
            f("amount", "number"), f("source", "string")),
    INDICATOR_VALUES("indicator_values", "Approved indicator values; an empty value with not_applicable=true was reported not applicable",
            f("indicator", "string"), f("reporter", "string"), f("period", "string"), f("disaggregation", "string"),
            f("value", "number"), f("not_applicable", "boolean"), f("note", "string"), f("source", "string"),
            f("sample", "boolean")),
    SURVEY_RESULTS("survey_results", "Perception results of published survey rounds. A withheld figure has empty cells and its reason"
            + " in suppressed: FEWER_THAN_5 (fewer than 5 respondents) or COMPLEMENTARY (withheld so that no figure under 5"
            + " follows by subtracting published figures from the total)",
            f("round_id", "integer"), f("round_title", "string"), f("commitment", "integer"), f("group", "string"),
            f("respondents", "integer"), f("dont_know", "integer"), f("share_significant_or_full", "number"),
            f("mean_score", "number"), f("ci_low", "number"), f("ci_high", "number"), f("suppressed", "string"),
            f("sample", "boolean"));

    record Field(String name, String type) {
    }

    private final String name;
    private final String description;
    private final List<Field> fields;

    OpenDataTable(String name, String description, Field... fields) {
        this.name = name;
        this.description = description;
        this.fields = List.of(fields);
    }

    private static Field f(String name, String type) {
        return new Field(name, type);
    }

    String resourceName() {
        return name.replace('_', '-');
    }

    String path() {
        return name + ".csv";
    }

    String description() {
        return description;
    }

    List<Field> fields() {
        return fields;
    }

    String[] header() {
        return fields.stream().map(Field::name).toArray(String[]::new);
    }

    /** A column whose values are keys of another table (or of this one): Frictionless validators check them. */
    record ForeignKey(String field, OpenDataTable table, String referenced) {
    }

    /** The columns that identify a row: unique in the file, which validators check. */
    List<String> primaryKey() {
        return switch (this) {
            case AREAS, COMMITMENTS -> List.of("number");
            case STAKEHOLDERS, MISSIONS, INDICATORS -> List.of("code");
            case ENDORSEMENT_COUNTS -> List.of("as_of");
            case ENDORSEMENTS -> List.of("stakeholder");
            case ACTIONS -> List.of("id");
            case INDICATOR_TARGETS -> List.of("indicator", "disaggregation", "target_year", "kind");
            case INDICATOR_VALUES -> List.of("indicator", "reporter", "period", "disaggregation");
            case SURVEY_RESULTS -> List.of("round_id", "commitment", "group");
        };
    }

    List<ForeignKey> foreignKeys() {
        return switch (this) {
            case COMMITMENTS -> List.of(new ForeignKey("area", AREAS, "number"));
            case MISSIONS -> List.of(new ForeignKey("code", STAKEHOLDERS, "code"));
            case ENDORSEMENTS, ACTIONS -> List.of(new ForeignKey("stakeholder", STAKEHOLDERS, "code"));
            case INDICATORS -> List.of(new ForeignKey("numerator", INDICATORS, "code"), new ForeignKey("denominator", INDICATORS, "code"));
            case INDICATOR_TARGETS -> List.of(new ForeignKey("indicator", INDICATORS, "code"));
            case INDICATOR_VALUES -> List.of(new ForeignKey("indicator", INDICATORS, "code"), new ForeignKey("reporter", STAKEHOLDERS, "code"));
            case SURVEY_RESULTS -> List.of(new ForeignKey("commitment", COMMITMENTS, "number"));
            case AREAS, STAKEHOLDERS, ENDORSEMENT_COUNTS -> List.of();
        };
    }

    /** Values a reader must treat as missing: the empty string only (withheld survey figures are empty too). */
    List<String> missingValues() {
        return List.of("");
    }
}
