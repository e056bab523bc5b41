package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.LineChart;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading indicators: the catalogue, values, and yearly series against targets. The public sees
 * approved values only; reviewers and administrators also see provisional ones, marked as such.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Clock clock;
    private final IndicatorCache cache;
    private final org.a4ptracker.stakeholder.StakeholderService stakeholders;

    IndicatorService(IndicatorRepository indicators, IndicatorValueRepository values, Optional<Clock> clock, IndicatorCache cache,
                     org.a4ptracker.stakeholder.StakeholderService stakeholders) {
        this.cache = cache;
        this.stakeholders = stakeholders;
        this.indicators = indicators;
        this.values = values;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<Indicator> catalogue() {
        return cache.catalogue(indicators::all);
    }

    public Indicator indicator(String code) {
        return catalogue().stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator", code));
    }

    /** A 400 naming the filter whose value is unknown: a filter never answers an empty list for a code that does not exist. */
    private void requireKnown(ValueFilter filter) {
        if (filter.indicator() != null) {
            var indicator = catalogue().stream().filter(i -> i.code().equalsIgnoreCase(filter.indicator())).findFirst()
                    .orElseThrow(() -> new org.a4ptracker.shared.BadRequestException("indicator",
                            org.a4ptracker.shared.Texts.get("filter.indicator", filter.indicator())));
            if (filter.disaggregation() != null && !indicator.hasDisaggregation(filter.disaggregation())) {
                throw new org.a4ptracker.shared.BadRequestException("disaggregation",
                        org.a4ptracker.shared.Texts.get("filter.disaggregation", filter.disaggregation(), indicator.code()));
            }
        }
        if (filter.reporter() != null) {
            stakeholders.known("reporter", filter.reporter(), null);
        }
    }

    public List<Indicator> ofCommitment(int commitment) {
        return catalogue().stream().filter(i -> i.commitments().contains(commitment)).toList();
    }

    /** The latest assessed year of one breakdown of an indicator against its target, from approved values. */
    public record LatestAttainment(String breakdown, int year, Attainment.State state, String rule, BigDecimal observed,
                                   BigDecimal expected) {
    }

    /** For each breakdown of the indicator that has targets, its latest assessed year (public data: approved values). */
    public List<LatestAttainment> latestAttainment(Indicator indicator) {
        var list = new ArrayList<LatestAttainment>();
        for (var d : indicator.disaggregations()) {
            if (indicator.targetsFor(d.code()).isEmpty()) {
                continue;
            }
            series(null, indicator.code(), d.code(), null).years().stream()
                    .filter(y -> y.attainment() != null && y.attainment().state() != Attainment.State.NO_DATA)
                    .reduce((a, b) -> b)
                    .ifPresent(y -> list.add(new LatestAttainment(d.label(), y.year(), y.attainment().state(), y.attainment().rule(),
                            y.attainment().observed(), y.attainment().expectedOnPath())));
        }
        return list;
    }

    public Page<IndicatorValue> values(CurrentUser reader, ValueFilter filter, PageRequest page) {
        requireKnown(filter);
        boolean all = provisionalFor(reader);
        return new Page<>(values.find(filter, all, page), page.page(), page.size(), values.count(filter, all));
    }

    public void stream(CurrentUser reader, ValueFilter filter, java.util.function.Consumer<IndicatorValue> sink) {
        requireKnown(filter);
        values.stream(filter, provisionalFor(reader), sink);
    }

    /** A public series over all reporters, with the stamp of the approvals it was computed under. */
    private record Kept(String stamp, SeriesView view) {
    }

    /** Public series over all reporters (one per indicator and breakdown, so few), valid while their stamp holds. */
    private final java.util.concurrent.ConcurrentHashMap<String, Kept> publicSeries = new java.util.concurrent.ConcurrentHashMap<>();

    public SeriesView series(CurrentUser reader, String code, String disaggregation, String reporter) {
        Indicator indicator = indicator(code);
        String d = disaggregation == null || disaggregation.isBlank() ? Indicator.TOTAL : disaggregation;
        if (!indicator.hasDisaggregation(d)) {
            throw new org.a4ptracker.shared.BadRequestException("disaggregation", "unknown for " + indicator.code() + ": " + d);
        }
        if (reporter != null && !reporter.isBlank()) {
            stakeholders.known("reporter", reporter, null);
        }
        boolean all = provisionalFor(reader);
        if (all || reporter != null && !reporter.isBlank()) {
            return compute(indicator, d, reporter, all);
        }
        // The public view over all reporters reads every approved value of the indicator: it is kept and
        // reused until an approval changes (the stamp is read first, so a kept view is never older than it)
        // or the day changes (future years and attainment depend on today).
        String stamp = values.publicationStamp() + "@" + LocalDate.now(clock);
        String key = indicator.code() + "|" + d;
        var kept = publicSeries.get(key);
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.view();
        }
        var view = compute(indicator, d, null, false);
        publicSeries.put(key, new Kept(stamp, view));
        return view;
    }

    private SeriesView compute(Indicator indicator, String d, String reporter, boolean all) {
        var ownValues = new ArrayList<IndicatorValue>();
        var sampleYears = new java.util.HashSet<Integer>();
        values.stream(new ValueFilter(indicator.code(), reporter, null, d, null, null), all, v -> {
            ownValues.add(v);
            if (v.sample()) {
                sampleYears.add(Period.parse(v.period()).year());
            }
        });
        var own = ownValues.stream().filter(v -> v.amount() != null)
                .map(v -> new Observation(v.reporter(), Period.parse(v.period()), v.disaggregation(), v.amount())).toList();
        List<Observation> numerators = indicator.ratio() ? observations(indicator.numerator(), d, reporter, all, sampleYears) : List.of();
        List<Observation> denominators = indicator.ratio() ? observations(indicator.denominator(), d, reporter, all, sampleYears) : List.of();
        var years = years(indicator, d, own, numerators);
        var computed = indicator.ratio() ? IndicatorMath.ratioSeries(numerators, denominators, years)
                : IndicatorMath.series(indicator.aggregation(), own, years);
        var published = indicator.ratio() ? IndicatorMath.series(AggregationRule.LATEST, own, years) : null;
        var rows = new ArrayList<SeriesView.Year>();
        for (Period y : years) {
            Optional<BigDecimal> value = computed.get(y).map(v -> indicator.ratio() && indicator.unit() == Unit.PERCENT
                    ? v.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP) : v).map(Decimals::plain);
            Optional<BigDecimal> pub = published == null ? Optional.empty() : published.get(y);
            int reporters = (int) (indicator.ratio() ? numerators : own).stream().filter(o -> y.contains(o.period()))
                    .map(Observation::place).distinct().count();
            boolean future = y.year() > LocalDate.now(clock).getYear();
            rows.add(new SeriesView.Year(y.year(), value.orElse(null), pub.orElse(null), note(ownValues, y), reporters,
                    future ? null : attainment(indicator, d, y.year(), value.isPresent() ? value : pub),
                    sampleYears.contains(y.year()), future));
        }
        return new SeriesView(indicator, d, reporter, all, rows, chart(indicator, d, rows), method(indicator));
    }

    private List<Observation> observations(String code, String disaggregation, String reporter, boolean all,
                                           java.util.Set<Integer> sampleYears) {
        var list = new ArrayList<Observation>();
        values.stream(new ValueFilter(code, reporter, null, disaggregation, null, null), all, v -> {
            if (v.sample()) {
                sampleYears.add(Period.parse(v.period()).year());
            }
            if (v.amount() != null) {
                list.add(new Observation(v.reporter(), Period.parse(v.period()), v.disaggregation(), v.amount()));
            }
        });
        return list;
    }

    private List<Period> years(Indicator indicator, String d, List<Observation> own, List<Observation> numerators) {
        int first = Integer.MAX_VALUE;
        int last = LocalDate.now(clock).getYear();
        for (Observation o : own) {
            first = Math.min(first, o.period().year());
        }
        for (Observation o : numerators) {
            first = Math.min(first, o.period().year());
        }
        for (Indicator.Target t : indicator.targetsFor(d)) {
            first = Math.min(first, t.year());
            last = Math.max(last, t.year());
        }
        if (first == Integer.MAX_VALUE) {
            first = last;
        }
        return Period.between(Period.ofYear(first), Period.ofYear(last));
    }

    /** The note and source of the latest value published as such in the year, e.g. "Observed April 2021 (source)". */
    private static String note(List<IndicatorValue> own, Period year) {
        return own.stream().filter(v -> v.amount() != null && year.contains(Period.parse(v.period())))
                .max(java.util.Comparator.comparing(v -> Period.parse(v.period())))
                .map(v -> (v.note() == null ? v.period() : v.note()) + (v.source() == null ? "" : " (" + v.source() + ")"))
                .orElse(null);
    }

    /** Against the next target (interim or final) at or after the year, on the path from the target before it. */
    static Attainment attainment(Indicator indicator, String d, int year, Optional<BigDecimal> observed) {
        var targets = indicator.targetsFor(d).stream().filter(t -> !t.kind().equals("BASELINE"))
                .sorted(java.util.Comparator.comparingInt(Indicator.Target::year)).toList();
        if (targets.isEmpty()) {
            return null;
        }
        var target = targets.stream().filter(t -> t.year() >= year).findFirst().orElse(targets.get(targets.size() - 1));
        var before = targets.stream().filter(t -> t.year() < target.year()).reduce((a, b) -> b);
        var baseline = indicator.targetsFor(d).stream().filter(t -> t.kind().equals("BASELINE")).findFirst();
        var from = before.isPresent() ? before : baseline;
        return Attainment.assess(indicator.direction(), from.map(Indicator.Target::amount).orElse(null),
                from.map(Indicator.Target::year).orElse(0), target.amount(), target.year(), year, observed);
    }

    private static LineChart chart(Indicator indicator, String d, List<SeriesView.Year> rows) {
        var computed = rows.stream().map(r -> new LineChart.Value(String.valueOf(r.year()), Optional.ofNullable(r.computed()))).toList();
        var series = new ArrayList<LineChart.Series>();
        series.add(new LineChart.Series("computed", computed));
        if (indicator.ratio() && rows.stream().anyMatch(r -> r.published() != null)) {
            series.add(new LineChart.Series("published", rows.stream()
                    .map(r -> new LineChart.Value(String.valueOf(r.year()), Optional.ofNullable(r.published()))).toList()));
        }
        var years = rows.stream().map(r -> String.valueOf(r.year())).toList();
        var targets = indicator.targetsFor(d).stream().filter(t -> years.contains(String.valueOf(t.year())))
                .map(t -> new LineChart.Target(t.kind().toLowerCase() + " " + t.year(), t.amount(), String.valueOf(t.year()))).toList();
        // drawn for a phone: at 320 units wide the labels keep about their size on a 320 px screen (app.css scales the
        // chart up, with smaller text, on wide screens)
        return LineChart.of(series, targets, 320, 220);
    }

    private static String method(Indicator i) {
        return switch (i.aggregation()) {
            case SUM -> "sum of the values of all reporters and periods in the year";
            case AVERAGE -> "average of the values reported in the year";
            case LATEST -> "for each reporter its latest value in the year, added up across reporters";
            case RATIO -> "sum of " + i.numerator() + " divided by the sum of " + i.denominator()
                    + " over the reporters and months that reported both" + (i.unit() == Unit.PERCENT ? ", as a percentage" : "");
        };
    }

    static boolean provisionalFor(CurrentUser reader) {
        return reader != null && (reader.reviewer() || reader.administrator());
    }
}
