package org.a4ptracker.export;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The Frictionless Data Package descriptor ({@code datapackage.json}) of the open-data zip. */
final class DataPackageDescriptor {

    static final String NAME = "a4p-tracker-open-data";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DataPackageDescriptor() {
    }

    static byte[] json(Instant created) {
        var descriptor = new LinkedHashMap<String, Object>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", NAME);
        descriptor.put("title", "A4P Tracker open data: the Action for Peacekeeping Declaration, its stakeholders, "
                + "endorsements, published actions, indicators and survey results");
        descriptor.put("description", "Everything A4P Tracker publishes, as CSV (UTF-8, RFC 4180, header row). Only published "
                + "records: published versions of actions, approved indicator values, published survey rounds. Rows with "
                + "sample=true are generated demonstration data, not official figures. Text that a spreadsheet would run "
                + "as a formula starts with an apostrophe.");
        // an ordered map: Map.of iterates in an order that changes from one JVM start to the next, and the package must
        // be the same bytes whichever node (or restart) serves it
        var licence = new java.util.LinkedHashMap<String, String>();
        licence.put("name", "CC-BY-4.0");
        licence.put("title", "Creative Commons Attribution 4.0");
        licence.put("path", "https://creativecommons.org/licenses/by/4.0/");
        descriptor.put("licenses", List.of(licence));
        descriptor.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        var resources = new ArrayList<Map<String, Object>>();
        for (OpenDataTable table : OpenDataTable.values()) {
            resources.add(resource(table));
        }
        descriptor.put("resources", resources);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
    }

    private static Map<String, String> field(OpenDataTable.Field f) {
        var field = new LinkedHashMap<String, String>();
        field.put("name", f.name());
        field.put("type", f.type());
        return field;
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        var map = new LinkedHashMap<String, Object>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static Map<String, Object> resource(OpenDataTable table) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("fields", table.fields().stream().map(DataPackageDescriptor::field).toList());
        schema.put("missingValues", table.missingValues());
        schema.put("primaryKey", table.primaryKey());
        if (!table.foreignKeys().isEmpty()) {
            // a reference to the resource itself is written "" (Table Schema); its keys are then checked within the file
            // ordered maps: Map.of iterates in an order that changes from one JVM to the next, and the descriptor must be
            // the same bytes on every node and after a restore
            schema.put("foreignKeys", table.foreignKeys().stream().map(k -> ordered("fields", List.of(k.field()), "reference",
                    ordered("resource", k.table() == table ? "" : k.table().resourceName(), "fields", List.of(k.referenced())))).toList());
        }
        var resource = new LinkedHashMap<String, Object>();
        resource.put("name", table.resourceName());
        resource.put("path", table.path());
        resource.put("profile", "tabular-data-resource");
        resource.put("description", table.description());
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("schema", schema);
        return resource;
    }
}
