package org.a4ptracker.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The overview dashboard's figures. A rate of a group with no member is null, not zero; a
 * missing figure is absent from its map.
 */
public record Overview(Integer endorsements, String endorsementsAsOf, List<Integer> cycles,
                       Map<String, Map<Integer, Rate>> reportingRates, Map<Integer, Map<Integer, Integer>> actionsPerArea,
                       List<String> areaTitles, List<String> rounds, Map<Integer, Map<String, BigDecimal>> perceptionPerArea,
                       List<OffTrack> offTrack) {

    /** Stakeholders of a kind that published at least one action in a cycle, out of all of that kind. */
    public record Rate(int reporting, int total, BigDecimal share) {
    }

    /** An indicator whose latest assessed year is off track against its target. */
    public record OffTrack(String code, String name, String disaggregation, int year, String rule) {
    }
}
