package org.a4ptracker.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.a4ptracker.action.ActionStatistics;
import org.a4ptracker.framework.FrameworkService;
import org.a4ptracker.indicator.IndicatorService;
import org.a4ptracker.shared.PageSection;
import org.a4ptracker.survey.ResultsService;
import org.a4ptracker.survey.Round;
import org.a4ptracker.survey.SurveyService;
import org.a4ptracker.survey.SurveyStatistics;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an area's page: its commitments against the three kinds of evidence, one row each: published
 * actions, perceived progress in the latest published round, and indicators with their latest
 * attainment. A missing kind says so in its cell.
 */
@Component
@Order(25)
class EvidenceGridSection implements PageSection.Provider {

    /** One commitment's evidence; perception null when the latest round did not ask about it. */
    record Row(int commitment, String actor, int publishedActions, SurveyStatistics.Summary perception,
               List<IndicatorCell> indicators) {
    }

    /** An indicator of the commitment with its latest attainment per breakdown (empty: no target or no data). */
    record IndicatorCell(String code, String name, List<IndicatorService.LatestAttainment> attainment) {
    }

    private final FrameworkService framework;
    private final ActionStatistics actions;
    private final SurveyService surveys;
    private final ResultsService results;
    private final IndicatorService indicators;
    private final OverviewCache cache;

    EvidenceGridSection(FrameworkService framework, ActionStatistics actions, SurveyService surveys, ResultsService results,
                        IndicatorService indicators, OverviewCache cache) {
        this.cache = cache;
        this.framework = framework;
        this.actions = actions;
        this.surveys = surveys;
        this.results = results;
        this.indicators = indicators;
    }

    /** The grid of an area: its rows, and the latest published round they are compared with (null if none). */
    record Grid(int area, List<Row> rows, Round round) {
    }

    @Override
    public Optional<PageSection> section(PageSection.Subject subject) {
        if (subject.kind() != PageSection.Kind.AREA) {
            return Optional.empty();
        }
        var grid = grid(Integer.parseInt(subject.key()));
        var model = new java.util.HashMap<String, Object>();
        model.put("rows", grid.rows());
        model.put("area", grid.area());
        // the commitments' texts in the reader's language (read per request: the grid's figures are kept, its language is not)
        model.put("texts", framework.commitmentTexts(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        if (grid.round() != null) {
            model.put("round", grid.round());
        }
        return Optional.of(new PageSection("progress/fragments", "grid", model));
    }

    /** Kept with the overview's figures: evicted when an action, a round's results or an indicator period changes. */
    Grid grid(int area) {
        return cache.grid(area, () -> compute(area));
    }

    private Grid compute(int area) {
        framework.area(area); // 404 for an unknown area
        var commitments = framework.commitmentsOfArea(area);
        var numbers = commitments.stream().map(c -> c.number()).toList();
        var published = actions.publishedPerCommitment(numbers);
        var latest = surveys.latestPublished();
        Map<Integer, SurveyStatistics.Summary> perception = new java.util.HashMap<>();
        latest.ifPresent(round -> results.figures(null, round.id(), null).commitments()
                .forEach(c -> perception.put(c.commitment(), c.overall())));
        var catalogue = indicators.catalogue();
        var attainment = new java.util.HashMap<String, List<IndicatorService.LatestAttainment>>();
        var rows = new ArrayList<Row>();
        for (var c : commitments) {
            var cells = catalogue.stream().filter(i -> i.commitments().contains(c.number()))
                    .map(i -> new IndicatorCell(i.code(), i.name(), attainment.computeIfAbsent(i.code(),
                            k -> indicators.latestAttainment(i)))).toList();
            rows.add(new Row(c.number(), c.actor().name(), published.getOrDefault(c.number(), 0), perception.get(c.number()), cells));
        }
        return new Grid(area, rows, latest.orElse(null));
    }
}
