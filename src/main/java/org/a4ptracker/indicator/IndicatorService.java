package org.a4ptracker.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.FreshCache;
import org.a4ptracker.shared.LineChart;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.PublicData;
import org.a4ptracker.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading indicators: the catalogue, values, and yearly series against targets. The public sees
 * approved values only, its yearly figures read from the rows kept on approval ({@link IndicatorFigures});
 * reviewers and administrators also see provisional ones, marked as such, computed from the values.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final Clock clock;
    private final IndicatorCache cache;
    private final YearFigureRepository figures;
    private final org.a4ptracker.stakeholder.StakeholderService stakeholders;

    IndicatorService(IndicatorRepository indicators, IndicatorValueRepository values, Optional<Clock> clock, IndicatorCache cache,
                     YearFigureRepository figures, PublicData publicData, org.a4ptracker.stakeholder.StakeholderService stakeholders) {
        this.cache = cache;
        this.figures = figures;
        publicData.onChange(publicSeries::evict, PublicData.Kind.INDICATORS);
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
                            "filter.indicator", filter.indicator()));
            if (filter.disaggregation() != null && !indicator.hasDisaggregation(filter.disaggregation())) {
                throw new org.a4ptracker.shared.BadRequestException("disaggregation",
                        "filter.disaggregation", filter.disaggregation(), indicator.code());
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
    public record LatestAttainment(String breakdown, int year, Attainment.State state, Text rule, BigDecimal observed,
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

    /**
     * Public series over all reporters (one per indicator and breakdown, so few), kept until approved data changes on
     * any node (the version of {@link PublicData.Kind#INDICATORS}) or the day changes (future years and attainment
     * depend on today).
     */
    private final FreshCache<String, SeriesView> publicSeries = new FreshCache<>("IndicatorService.publicSeries", 2_000);

    public SeriesView series(CurrentUser reader, String code, String disaggregation, String reporter) {
        Indicator indicator = indicator(code);
        String d = disaggregation == null || disaggregation.isBlank() ? Indicator.TOTAL : disaggregation;
        if (!indicator.hasDisaggregation(d)) {
            throw new org.a4ptracker.shared.BadRequestException("disaggregation", "indicator.problem.disaggregation.param", indicator.code(), d);
        }
        String one = reporter == null || reporter.isBlank() ? null : reporter;
        if (one != null) {
            stakeholders.known("reporter", one, null);
        }
        if (provisionalFor(reader)) {
            return view(indicator, d, one, true, fromValues(indicator, d, one, true));
        }
        if (one != null) {
            return view(indicator, d, one, false, YearTotals.fromRows(indicator, figures.rows(indicator.id(), d, one)));
        }
        return publicSeries.get(indicator.code() + "|" + d + "|" + LocalDate.now(clock),
                () -> view(indicator, d, null, false, YearTotals.fromRows(indicator, figures.rows(indicator.id(), d, null))));
    }

    /** The public series worked out from the approved values themselves, not the kept yearly rows: what those must equal. */
    SeriesView seriesFromApprovedValues(String code, String disaggregation) {
        Indicator indicator = indicator(code);
        return view(indicator, disaggregation, null, false, fromValues(indicator, disaggregation, null, false));
    }

    /** With {@code all}, provisional values too (for reviewers): read from the values themselves. */
    private YearTotals fromValues(Indicator indicator, String d, String reporter, boolean all) {
        return YearTotals.fromValues(indicator, valuesOf(indicator.code(), d, reporter, all),
                indicator.ratio() ? valuesOf(indicator.numerator(), d, reporter, all) : List.of(),
                indicator.ratio() ? valuesOf(indicator.denominator(), d, reporter, all) : List.of());
    }

    private List<IndicatorValue> valuesOf(String code, String d, String reporter, boolean all) {
        var list = new ArrayList<IndicatorValue>();
        values.stream(new ValueFilter(code, reporter, null, d, null, null), all, list::add);
        return list;
    }

    private SeriesView view(Indicator indicator, String d, String reporter, boolean provisional, YearTotals totals) {
        var rows = new ArrayList<SeriesView.Year>();
        int thisYear = LocalDate.now(clock).getYear();
        for (Period y : years(indicator, d, totals.firstYear())) {
            var year = totals.year(y.year());
            Optional<BigDecimal> value = year.computed().map(v -> indicator.ratio() && indicator.unit() == Unit.PERCENT
                    ? v.multiply(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP) : v).map(Decimals::plain);
            boolean future = y.year() > thisYear;
            rows.add(new SeriesView.Year(y.year(), value.orElse(null), year.published().orElse(null), year.note(), year.reporters(),
                    future ? null : attainment(indicator, d, y.year(), value.isPresent() ? value : year.published()),
                    year.sample(), future));
        }
        return new SeriesView(indicator, d, reporter, provisional, rows, chart(indicator, d, rows), method(indicator));
    }

    private List<Period> years(Indicator indicator, String d, Integer firstWithData) {
        int first = firstWithData == null ? Integer.MAX_VALUE : firstWithData;
        int last = LocalDate.now(clock).getYear();
        for (Indicator.Target t : indicator.targetsFor(d)) {
            first = Math.min(first, t.year());
            last = Math.max(last, t.year());
        }
        if (first == Integer.MAX_VALUE) {
            first = last;
        }
        return Period.between(Period.ofYear(first), Period.ofYear(last));
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
                .map(t -> new LineChart.Target(t.kind() + " " + t.year(), t.amount(), String.valueOf(t.year()))).toList();
        // drawn for a phone: at 320 units wide the labels keep about their size on a 320 px screen (app.css scales the
        // chart up, with smaller text, on wide screens)
        return LineChart.of(series, targets, 320, 220);
    }

    private static Text method(Indicator i) {
        return switch (i.aggregation()) {
            case SUM, AVERAGE, LATEST -> Text.of("indicator.method." + i.aggregation());
            case RATIO -> Text.of(i.unit() == Unit.PERCENT ? "indicator.method.RATIO.percent" : "indicator.method.RATIO",
                    i.numerator(), i.denominator());
        };
    }

    static boolean provisionalFor(CurrentUser reader) {
        return reader != null && (reader.reviewer() || reader.administrator());
    }
}
