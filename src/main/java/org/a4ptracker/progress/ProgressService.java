package org.a4ptracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.a4ptracker.action.ActionStatistics;
import org.a4ptracker.action.ReportingStatus;
import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.endorsement.EndorsementService;
import org.a4ptracker.framework.Area;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.indicator.Attainment;
import org.a4ptracker.indicator.Indicator;
import org.a4ptracker.indicator.IndicatorService;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Enums;
import org.a4ptracker.shared.WorldMap;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderType;
import org.a4ptracker.survey.ResultsService;
import org.a4ptracker.survey.RoundState;
import org.a4ptracker.survey.SurveyService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview dashboard from live data, kept between the changes that affect it (a published
 * action or an approved value shows on the next page load): public figures only, whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final FrameworkService framework;
    private final StakeholderService stakeholders;
    private final EndorsementService endorsements;
    private final ActionStatistics actions;
    private final ReportingStatusService reporting;
    private final SurveyService surveys;
    private final ResultsService results;
    private final IndicatorService indicators;
    private final WorldMap worldMap;
    private final OverviewCache cache;

    ProgressService(FrameworkService framework, StakeholderService stakeholders, EndorsementService endorsements,
                    ActionStatistics actions, ReportingStatusService reporting, SurveyService surveys, ResultsService results,
                    IndicatorService indicators, WorldMap worldMap, OverviewCache cache) {
        this.worldMap = worldMap;
        this.cache = cache;
        this.framework = framework;
        this.stakeholders = stakeholders;
        this.endorsements = endorsements;
        this.actions = actions;
        this.reporting = reporting;
        this.surveys = surveys;
        this.results = results;
        this.indicators = indicators;
    }

    /**
     * The overview narrowed to a reporting cycle and, for the reporting rate, a kind of stakeholder
     * (null or blank: all); an unknown cycle or kind is refused with what is accepted.
     */
    public Overview overview(Integer cycle, String type) {
        if (cycle != null && !reporting.cycles().contains(cycle)) {
            throw new BadRequestException("cycle", "problem.param.cycle", cycle, reporting.cycles().toString());
        }
        var kind = Enums.parse(StakeholderType.class, "type", type);
        var all = overview(kind);
        return cycle == null && kind == null ? all : all.only(cycle, kind == null ? null : kind.name());
    }

    public Overview overview() {
        return overview((StakeholderType) null);
    }

    /**
     * The overview with the actions per area counted for one kind of stakeholder (null: all), kept
     * until its data changes (and for the day at most: attainment depends on today).
     */
    private Overview overview(StakeholderType actionsBy) {
        return cache.get(actionsBy + "@" + java.time.LocalDate.now(), () -> compute(actionsBy));
    }

    private Overview compute(StakeholderType actionsBy) {
        var counts = endorsements.publishedCounts();
        var latest = counts.isEmpty() ? null : counts.get(counts.size() - 1);
        List<Integer> cycles = reporting.cycles();
        var reporters = actions.reportersPerCycle();
        var rates = new LinkedHashMap<String, Map<Integer, Overview.Rate>>();
        for (StakeholderType type : StakeholderType.values()) {
            var ofType = stakeholders.byType(type);
            var perCycle = new TreeMap<Integer, Overview.Rate>();
            for (int cycle : cycles) {
                // out of those expected in the cycle: a mission closed before it is not counted as not having reported
                var members = ofType.stream().filter(s -> reporting.expectedIn(s, cycle)).map(s -> s.id()).toList();
                int reportingCount = (int) members.stream().filter(id -> reporters.getOrDefault(cycle, java.util.Set.of()).contains(id)).count();
                perCycle.put(cycle, new Overview.Rate(reportingCount, members.size(), members.isEmpty() ? null
                        : BigDecimal.valueOf(reportingCount).divide(BigDecimal.valueOf(members.size()), 4, RoundingMode.HALF_UP)));
            }
            rates.put(type.name(), perCycle);
        }
        var areas = framework.areas();
        var perArea = new TreeMap<Integer, Map<Integer, Integer>>();
        for (Area area : areas) {
            var commitments = framework.commitmentsOfArea(area.number()).stream().map(c -> c.number()).toList();
            perArea.put(area.number(), actionsBy == null ? actions.publishedPerCycle(commitments)
                    : actions.publishedPerCycle(commitments, actionsBy));
        }
        var rounds = new ArrayList<String>();
        var perception = new TreeMap<Integer, Map<String, BigDecimal>>();
        surveys.publishedRounds().stream()
                .sorted(java.util.Comparator.comparing(r -> r.opensOn()))
                .forEach(round -> {
                    rounds.add(round.title());
                    results.figures(null, round.id(), null).areas().forEach(a -> {
                        if (!a.overall().suppressed() && a.overall().meanScore() != null) {
                            perception.computeIfAbsent(a.area(), k -> new LinkedHashMap<>()).put(round.title(), a.overall().meanScore());
                        }
                    });
                });
        return new Overview(latest == null ? null : latest.total(), latest == null ? null : latest.asOf().toString(), cycles, rates,
                perArea, areas.stream().map(a -> a.shortTitle()).toList(), rounds, perception, offTrack());
    }

    /**
     * Reporting status in a cycle (null: the current one) of every stakeholder of a kind (null:
     * Member and observer States), with the States drawn on a world map; unknown values are refused.
     */
    public ReportingMap reportingMap(Integer cycle, String type, java.util.Locale locale) {
        // kept with the overview's figures (same eviction); the day is in the key, as the current cycle and "overdue" depend on it
        return cache.map(cycle + "|" + type + "|" + locale.toLanguageTag() + "@" + java.time.LocalDate.now(),
                () -> computeReportingMap(cycle, type, locale));
    }

    /** The kind of stakeholder a reporting-status filter names (null: States); an unknown cycle or kind is refused. */
    StakeholderType reportingFilter(Integer cycle, String type) {
        if (cycle != null && !reporting.cycles().contains(cycle)) {
            throw new BadRequestException("cycle", "problem.param.cycle", cycle, reporting.cycles().toString());
        }
        return Enums.parse(StakeholderType.class, "type", type);
    }

    /** Computed afresh, for what is itself kept with the figures (the rendered section), so that it never renders kept figures older than itself. */
    ReportingMap computeReportingMap(Integer cycle, String type, java.util.Locale locale) {
        var kind = reportingFilter(cycle, type);
        int mapCycle = cycle == null ? reporting.currentCycle() : cycle;
        var members = kind == null
                ? java.util.stream.Stream.concat(stakeholders.byType(StakeholderType.MEMBER_STATE).stream(),
                        stakeholders.byType(StakeholderType.OBSERVER_STATE).stream()).toList()
                : stakeholders.byType(kind);
        var statuses = reporting.overallStatus(mapCycle, members);
        // while the cycle is open nobody is overdue on it: the cycle before says who has a report overdue
        var cycles = reporting.cycles();
        int at = cycles.indexOf(mapCycle);
        Integer previous = at > 0 && reporting.open(mapCycle) ? cycles.get(at - 1) : null;
        var before = previous == null ? java.util.Map.<Long, ReportingStatusService.CycleStatus>of()
                : reporting.overallStatus(previous, members);
        var rows = members.stream().map(s -> {
            var st = statuses.get(s.id());
            var earlier = before.get(s.id());
            boolean overdueBefore = st.state() == ReportingStatus.State.DUE && earlier != null
                    && earlier.state() == ReportingStatus.State.OVERDUE;
            return new ReportingMap.Row(s.code(), s.name(locale), s.type().name(), s.region(), st.state().name(), st.publishedActions(),
                    st.sampleActions() > 0, overdueBefore ? previous : null);
        }).sorted(java.util.Comparator.comparing(ReportingMap.Row::name, java.text.Collator.getInstance(locale))).toList();
        var byCode = rows.stream().collect(java.util.stream.Collectors.toMap(ReportingMap.Row::code, r -> r));
        var byNumeric = new java.util.HashMap<String, ReportingMap.Row>();
        members.stream().filter(s -> s.isoNumeric() != null).forEach(s -> byNumeric.put(s.isoNumeric(), byCode.get(s.code())));
        var shapes = new ArrayList<WorldMap.Shape>();
        if (!byNumeric.isEmpty()) {
            for (var outline : worldMap.outlines()) {
                var row = byNumeric.get(outline.isoNumeric());
                shapes.add(new WorldMap.Shape(outline.isoNumeric(), row == null ? "not-a-state" : row.bin(),
                        row == null ? outline.name() : row.name(), row == null ? null : row.code()));
            }
        }
        var counts = new LinkedHashMap<String, Integer>();
        for (var state : List.of("REPORTED", "DUE", "OVERDUE", "NOT_EXPECTED")) {
            int n = (int) rows.stream().filter(r -> r.state().equals(state)).count();
            if (n > 0 || !state.equals("NOT_EXPECTED")) { // missions outside their years only
                counts.put(state, n);
            }
        }
        return new ReportingMap(mapCycle, kind == null ? null : kind.name(), WorldMap.WIDTH, WorldMap.HEIGHT, shapes, counts, rows,
                byRegion(rows), rows.stream().anyMatch(ReportingMap.Row::sample), previous);
    }

    /** Share reporting by region, regions in alphabetical order of their code (stakeholders without a region left out). */
    private static List<ReportingMap.RegionShare> byRegion(List<ReportingMap.Row> rows) {
        var byRegion = new java.util.TreeMap<String, List<ReportingMap.Row>>();
        rows.stream().filter(r -> r.region() != null).forEach(r -> byRegion.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r));
        return byRegion.entrySet().stream().map(e -> {
            int reported = (int) e.getValue().stream().filter(r -> r.state().equals("REPORTED")).count();
            int total = e.getValue().size();
            return new ReportingMap.RegionShare(e.getKey(), reported, total,
                    java.math.BigDecimal.valueOf(reported).divide(java.math.BigDecimal.valueOf(total), 4, java.math.RoundingMode.HALF_UP));
        }).toList();
    }

    /** Indicators with targets whose latest assessed year is off track, disaggregation by disaggregation. */
    private List<Overview.OffTrack> offTrack() {
        var list = new ArrayList<Overview.OffTrack>();
        for (Indicator i : indicators.catalogue()) {
            indicators.latestAttainment(i).stream().filter(a -> a.state() == Attainment.State.OFF_TRACK)
                    .forEach(a -> list.add(new Overview.OffTrack(i.code(), i.name(), a.breakdown(), a.year(), a.rule(),
                            a.observed(), a.expected(), i.unit())));
        }
        return list;
    }
}
