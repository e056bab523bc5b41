package org.a4ptracker.progress;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overview dashboard's figures. A rate of a group with no member is null, not zero; a
 * missing figure is absent from its map.
 */
public record Overview(Integer endorsements, String endorsementsAsOf, List<Integer> cycles,
                       Map<String, Map<Integer, Rate>> reportingRates, Map<Integer, Map<Integer, Integer>> actionsPerArea,
                       List<String> areaTitles, List<String> rounds, Map<Integer, Map<String, BigDecimal>> perceptionPerArea,
                       List<OffTrack> offTrack) {

    /**
     * The same figures narrowed to one reporting cycle and, for the reporting rate, one kind of
     * stakeholder; null keeps all. Endorsements, perception and indicators are not per cycle and stay.
     */
    public Overview only(Integer cycle, String type) {
        List<Integer> kept = cycle == null ? cycles : List.of(cycle);
        var rates = new LinkedHashMap<String, Map<Integer, Rate>>();
        reportingRates.forEach((t, perCycle) -> {
            if (type == null || type.equals(t)) {
                rates.put(t, keep(perCycle, kept));
            }
        });
        var perArea = new TreeMap<Integer, Map<Integer, Integer>>();
        actionsPerArea.forEach((area, perCycle) -> perArea.put(area, keep(perCycle, kept)));
        return new Overview(endorsements, endorsementsAsOf, kept, rates, perArea, areaTitles, rounds, perceptionPerArea, offTrack);
    }

    private static <V> Map<Integer, V> keep(Map<Integer, V> perCycle, List<Integer> cycles) {
        var kept = new TreeMap<Integer, V>();
        cycles.forEach(c -> {
            if (perCycle.containsKey(c)) {
                kept.put(c, perCycle.get(c));
            }
        });
        return kept;
    }

    /** Stakeholders of a kind that published at least one action in a cycle, out of all of that kind. */
    public record Rate(int reporting, int total, BigDecimal share) {
    }

    /** An indicator whose latest assessed year is off track against its target: the value and the one expected, in its unit. */
    public record OffTrack(String code, String name, String disaggregation, int year, org.a4ptracker.shared.Text rule, BigDecimal observed,
                           BigDecimal expected, org.a4ptracker.indicator.Unit unit) {
    }
}
