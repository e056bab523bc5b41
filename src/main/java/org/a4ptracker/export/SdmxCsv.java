package org.a4ptracker.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.indicator.Indicator;
import org.a4ptracker.indicator.IndicatorService;
import org.a4ptracker.indicator.IndicatorValue;
import org.a4ptracker.indicator.Period;
import org.a4ptracker.indicator.ValueFilter;
import org.a4ptracker.shared.TableWriter;
import org.springframework.stereotype.Component;

/**
 * Indicator values as SDMX-CSV 1.0, one observation per row, streamed. The data structure, its
 * dimensions, attributes and codes are described in {@code docs/sdmx.md}.
 */
@Component
class SdmxCsv {

    static final String DATAFLOW = "A4P:INDICATORS(1.0)";
    static final String[] HEADER = {"DATAFLOW", "REF_AREA", "INDICATOR", "TIME_PERIOD", "DISAGGREGATION", "OBS_VALUE",
            "OBS_STATUS", "UNIT_MEASURE", "COMMENT"};

    /** SDMX CL_OBS_STATUS: A normal value, P provisional (reviewers only), M missing because it cannot exist. */
    static final String NORMAL = "A";
    static final String PROVISIONAL = "P";
    static final String NOT_APPLICABLE = "M";

    static final String SAMPLE_COMMENT = "Sample: generated demonstration data, not an official figure";

    private final IndicatorService indicators;

    SdmxCsv(IndicatorService indicators) {
        this.indicators = indicators;
    }

    /** Writes to {@code out} without closing it. */
    void write(CurrentUser reader, ValueFilter filter, OutputStream out) throws IOException {
        Map<String, String> units = new HashMap<>();
        for (Indicator i : indicators.catalogue()) {
            units.put(i.code(), i.unit().name());
        }
        try (var rows = TableWriter.open(TableWriter.Format.CSV, out, "sdmx", List.of(HEADER))) {
            indicators.stream(reader, filter, v -> rows.row(DATAFLOW, v.reporter(), v.indicator(), timePeriod(v.period()),
                    v.disaggregation(), v.amount(), status(v), units.get(v.indicator()), comment(v)));
            rows.finish();
        }
    }

    /** SDMX's reporting-period forms: 2026 (annual), 2026-Q1 (quarterly), 2026-03 (monthly). */
    static String timePeriod(String period) {
        return Period.parse(period).toString();
    }

    static String status(IndicatorValue v) {
        if (!v.approved()) {
            return PROVISIONAL;
        }
        return v.notApplicable() || v.amount() == null ? NOT_APPLICABLE : NORMAL;
    }

    static String comment(IndicatorValue v) {
        String note = v.note() == null || v.note().isBlank() ? null : v.note().strip();
        if (!v.sample()) {
            return note;
        }
        return note == null ? SAMPLE_COMMENT : SAMPLE_COMMENT + ". " + note;
    }
}
