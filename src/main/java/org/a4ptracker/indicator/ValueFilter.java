package org.a4ptracker.indicator;

/** Optional filters on indicator values; null means "any". Periods compare by their start date. */
public record ValueFilter(String indicator, String reporter, String period, String disaggregation, String from, String to) {
}
