package org.a4ptracker.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The attack a reader can make on published figures without any other knowledge: subtract what is
 * shown from a shown total. For each published total (a commitment's all-respondents figure, an
 * area's pooled figure, the round's response counts) and its published parts (the groups, the
 * area's commitments), "total minus the shown parts" is the figure of the withheld parts taken
 * together; it must not describe 1 to 4 respondents... nor any count under 5. Also every shown
 * figure must itself count 5 or more. Works on what an output says, read as a reader would.
 */
final class SubtractionAttack {

    /** A round's figures as published: null for a withheld count. */
    record Published(Map<Integer, Integer> overall, Map<Integer, Map<String, Integer>> byGroup, Map<Integer, Integer> areaOf,
                     Map<Integer, Integer> areas, Integer answered, Map<String, Integer> answeredByGroup, Integer invited,
                     Map<String, Integer> invitedByGroup) {
    }

    private SubtractionAttack() {
    }

    /** The figures of the results API's JSON ({@code /api/v1/surveys/{id}/results}). */
    static Published fromJson(JsonNode results) {
        var overall = new LinkedHashMap<Integer, Integer>();
        var byGroup = new LinkedHashMap<Integer, Map<String, Integer>>();
        var areaOf = new LinkedHashMap<Integer, Integer>();
        for (JsonNode c : results.get("commitments")) {
            int n = c.get("commitment").asInt();
            overall.put(n, count(c.get("overall").get("respondents")));
            areaOf.put(n, c.get("area").asInt());
            var groups = new LinkedHashMap<String, Integer>();
            c.get("byGroup").properties().forEach(e -> groups.put(e.getKey(), count(e.getValue().get("respondents"))));
            byGroup.put(n, groups);
        }
        var areas = new LinkedHashMap<Integer, Integer>();
        results.get("areas").forEach(a -> areas.put(a.get("area").asInt(), count(a.get("overall").get("respondents"))));
        var answered = new LinkedHashMap<String, Integer>();
        var invited = new LinkedHashMap<String, Integer>();
        results.get("rateByGroup").properties().forEach(e -> {
            answered.put(e.getKey(), count(e.getValue().get("answered")));
            invited.put(e.getKey(), count(e.getValue().get("invited")));
        });
        return new Published(overall, byGroup, areaOf, areas, count(results.get("rate").get("answered")), answered,
                count(results.get("rate").get("invited")), invited);
    }

    private static Integer count(JsonNode node) {
        return node == null || node.isNull() ? null : node.asInt();
    }

    /** Every figure of fewer than 5 that the published figures show or give by subtraction, described; empty when none. */
    static List<String> findings(Published p) {
        var found = new ArrayList<String>();
        p.overall().forEach((c, total) -> {
            shownUnder5("commitment " + c, total, found);
            p.byGroup().get(c).forEach((g, n) -> shownUnder5("commitment " + c + " " + g, n, found));
            derived("commitment " + c + " minus its shown groups", total, p.byGroup().get(c), found);
        });
        p.areas().forEach((area, total) -> {
            shownUnder5("area " + area, total, found);
            var parts = new LinkedHashMap<Integer, Integer>();
            p.areaOf().forEach((c, a) -> {
                if (a.equals(area)) {
                    parts.put(c, p.overall().get(c));
                }
            });
            derived("area " + area + " minus its shown commitments", total, parts, found);
        });
        shownUnder5("answered", p.answered(), found);
        p.answeredByGroup().forEach((g, n) -> shownUnder5("answered " + g, n, found));
        derived("answered minus the shown groups", p.answered(), p.answeredByGroup(), found);
        derived("invited minus the shown groups", p.invited(), p.invitedByGroup(), found);
        return found;
    }

    private static void shownUnder5(String what, Integer n, List<String> found) {
        if (n != null && n < SurveyStatistics.MIN_GROUP) {
            found.add(what + " shows " + n);
        }
    }

    /** A shown total with withheld parts: the total minus the shown parts is what the withheld ones count together. */
    private static <K> void derived(String what, Integer total, Map<K, Integer> parts, List<String> found) {
        if (total == null || !parts.containsValue(null)) {
            return;
        }
        int rest = total - parts.values().stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sum();
        if (rest < SurveyStatistics.MIN_GROUP) {
            found.add(what + " gives " + rest);
        }
    }
}
