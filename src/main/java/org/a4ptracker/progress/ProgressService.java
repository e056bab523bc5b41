package org.a4ptracker.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.a4ptracker.action.ActionStatistics;
import org.a4ptracker.action.ReportingStatusService;
import org.a4ptracker.endorsement.EndorsementService;
import org.a4ptracker.framework.Area;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.indicator.Attainment;
import org.a4ptracker.indicator.Indicator;
import org.a4ptracker.indicator.IndicatorService;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.Enums;
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
    private final OverviewCache cache;

    ProgressService(FrameworkService framework, StakeholderService stakeholders, EndorsementService endorsements,
                    ActionStatistics actions, ReportingStatusService reporting, SurveyService surveys, ResultsService results,
                    IndicatorService indicators, OverviewCache cache) {
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
            throw new BadRequestException("cycle", "unknown reporting cycle " + cycle + "; accepted: " + reporting.cycles());
        }
        var kind = Enums.parse(StakeholderType.class, "type", type);
        var all = overview();
        return cycle == null && kind == null ? all : all.only(cycle, kind == null ? null : kind.name());
    }

    public Overview overview() {
        return cache.get(this::compute);
    }

    private Overview compute() {
        var counts = endorsements.publishedCounts();
        var latest = counts.isEmpty() ? null : counts.get(counts.size() - 1);
        List<Integer> cycles = reporting.cycles();
        var reporters = actions.reportersPerCycle();
        var rates = new LinkedHashMap<String, Map<Integer, Overview.Rate>>();
        for (StakeholderType type : StakeholderType.values()) {
            var members = stakeholders.byType(type).stream().map(s -> s.id()).toList();
            var perCycle = new TreeMap<Integer, Overview.Rate>();
            for (int cycle : cycles) {
                int reportingCount = (int) members.stream().filter(id -> reporters.getOrDefault(cycle, java.util.Set.of()).contains(id)).count();
                perCycle.put(cycle, new Overview.Rate(reportingCount, members.size(), members.isEmpty() ? null
                        : BigDecimal.valueOf(reportingCount).divide(BigDecimal.valueOf(members.size()), 4, RoundingMode.HALF_UP)));
            }
            rates.put(type.name(), perCycle);
        }
        var areas = framework.areas();
        var perArea = new TreeMap<Integer, Map<Integer, Integer>>();
        for (Area area : areas) {
            perArea.put(area.number(), actions.publishedPerCycle(framework.commitmentsOfArea(area.number()).stream()
                    .map(c -> c.number()).toList()));
        }
        var rounds = new ArrayList<String>();
        var perception = new TreeMap<Integer, Map<String, BigDecimal>>();
        surveys.rounds(null).stream().filter(r -> r.state() == RoundState.PUBLISHED)
                .sorted(java.util.Comparator.comparing(r -> r.opensOn()))
                .forEach(round -> {
                    rounds.add(round.title());
                    results.results(null, round.id(), null).areas().forEach(a -> {
                        if (!a.overall().suppressed() && a.overall().meanScore() != null) {
                            perception.computeIfAbsent(a.area(), k -> new LinkedHashMap<>()).put(round.title(), a.overall().meanScore());
                        }
                    });
                });
        return new Overview(latest == null ? null : latest.total(), latest == null ? null : latest.asOf().toString(), cycles, rates,
                perArea, areas.stream().map(a -> a.number() + ". " + a.shortTitle()).toList(), rounds, perception, offTrack());
    }

    /** Indicators with targets whose latest assessed year is off track, disaggregation by disaggregation. */
    private List<Overview.OffTrack> offTrack() {
        var list = new ArrayList<Overview.OffTrack>();
        for (Indicator i : indicators.catalogue()) {
            for (var d : i.disaggregations()) {
                if (i.targetsFor(d.code()).isEmpty()) {
                    continue;
                }
                indicators.series(null, i.code(), d.code(), null).years().stream()
                        .filter(y -> y.attainment() != null && y.attainment().state() != Attainment.State.NO_DATA)
                        .reduce((a, b) -> b)
                        .filter(y -> y.attainment().state() == Attainment.State.OFF_TRACK)
                        .ifPresent(y -> list.add(new Overview.OffTrack(i.code(), i.name(), d.label(), y.year(), y.attainment().rule())));
            }
        }
        return list;
    }
}
