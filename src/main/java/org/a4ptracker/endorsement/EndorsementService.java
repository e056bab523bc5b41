package org.a4ptracker.endorsement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.a4ptracker.shared.BarChart;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.a4ptracker.shared.WorldMap;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.a4ptracker.stakeholder.StakeholderType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to endorsements, their published counts and the endorsement map. */
@Service
@Transactional(readOnly = true)
public class EndorsementService {

    private final EndorsementRepository repository;
    private final StakeholderService stakeholders;
    private final WorldMap worldMap;

    EndorsementService(EndorsementRepository repository, StakeholderService stakeholders, WorldMap worldMap) {
        this.repository = repository;
        this.stakeholders = stakeholders;
        this.worldMap = worldMap;
    }

    public Page<Endorsement> endorsements(PageRequest page) {
        var rows = repository.page(page);
        var byId = stakeholders.byIds(rows.stream().map(EndorsementRepository.Row::stakeholderId).toList());
        var items = rows.stream().map(r -> {
            StakeholderSummary s = byId.get(r.stakeholderId());
            return new Endorsement(s.code(), s.type().name(), s.names(), r.endorsedOn(), r.reference(), r.note(), r.sample());
        }).toList();
        return new Page<>(items, page.page(), page.size(), repository.count());
    }

    public boolean includesSample() {
        return repository.anySample();
    }

    public List<EndorsementCount> publishedCounts() {
        return repository.publishedCounts();
    }

    /** The published counts over time, each bar labelled with its date as a reader of {@code locale} writes it. */
    public BarChart publishedCountsChart(Locale locale) {
        return BarChart.of(publishedCounts().stream()
                .map(c -> new BarChart.Point(org.a4ptracker.shared.Formats.date(c.asOf(), locale), c.total())).toList());
    }

    public EndorsementMap map(Locale locale) {
        var endorsed = repository.endorsedStakeholderIds();
        var states = Stream.concat(stakeholders.byType(StakeholderType.MEMBER_STATE).stream(),
                stakeholders.byType(StakeholderType.OBSERVER_STATE).stream()).toList();
        var byNumeric = new HashMap<String, StakeholderSummary>();
        states.forEach(s -> byNumeric.put(s.isoNumeric(), s));
        var shapes = new ArrayList<WorldMap.Shape>();
        for (var outline : worldMap.outlines()) {
            var state = byNumeric.get(outline.isoNumeric());
            shapes.add(new WorldMap.Shape(outline.isoNumeric(), state == null ? "not-a-state" : endorsed.contains(state.id()) ? "endorsed" : "not-endorsed",
                    state == null ? outline.name() : state.name(locale), state == null ? null : state.code()));
        }
        long endorsedStates = states.stream().filter(s -> endorsed.contains(s.id())).count();
        return new EndorsementMap(WorldMap.WIDTH, WorldMap.HEIGHT, shapes, endorsedStates, states.size() - endorsedStates,
                repository.anySample());
    }

    /** The map model: shapes with a status each, and the counts shown in its legend. */
    public record EndorsementMap(int width, int height, List<WorldMap.Shape> shapes, long endorsedStates,
                                 long notEndorsedStates, boolean sample) {
    }
}
