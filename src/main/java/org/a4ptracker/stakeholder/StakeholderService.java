package org.a4ptracker.stakeholder;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.NotFoundException;
import org.a4ptracker.shared.Page;
import org.a4ptracker.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the stakeholder directory. */
@Service
@Transactional(readOnly = true)
public class StakeholderService {

    /** Missions are few (tens); pages and profiles show them all. */
    private static final PageRequest ALL = new PageRequest(1, PageRequest.MAX_SIZE);

    private final StakeholderRepository repository;

    StakeholderService(StakeholderRepository repository) {
        this.repository = repository;
    }

    public Page<StakeholderSummary> find(StakeholderFilter filter, PageRequest page) {
        return new Page<>(repository.find(filter, page), page.page(), page.size(), repository.count(filter));
    }

    /**
     * The stakeholder a filter names, or a 400 naming {@code parameter} when no stakeholder (of {@code type}, unless null) has the
     * code: a filter with an unknown value never answers an empty list.
     */
    public StakeholderSummary known(String parameter, String code, StakeholderType type) {
        try {
            var found = summary(code);
            if (type == null || found.type() == type) {
                return found;
            }
        } catch (NotFoundException e) {
            // answered below, as a bad parameter rather than a missing resource
        }
        throw new BadRequestException(parameter, type == StakeholderType.MISSION ? "filter.mission" : "filter.stakeholder", code);
    }

    public StakeholderSummary summary(String code) {
        return repository.byCode(code).orElseThrow(() -> new NotFoundException("Stakeholder", code));
    }

    public StakeholderProfile profile(String code) {
        var s = summary(code);
        String[] details = repository.details(s.id()).orElseThrow();
        var hosted = s.state() ? repository.missions(null, s.id(), null, ALL) : List.<Mission>of();
        Mission mission = s.type() == StakeholderType.MISSION ? mission(code) : null;
        return new StakeholderProfile(s, details[0], details[1], repository.roles(s.id()), hosted, mission);
    }

    /** Summaries by id, for modules that hold stakeholder ids: one query for the whole set. */
    public Map<Long, StakeholderSummary> byIds(Collection<Long> ids) {
        return repository.byIds(ids).stream().collect(Collectors.toMap(StakeholderSummary::id, Function.identity()));
    }

    public List<StakeholderSummary> byType(StakeholderType type) {
        return repository.byType(type);
    }

    public List<String> regions() {
        return repository.regions();
    }

    public List<Mission> missions(Boolean active) {
        return repository.missions(active, null, null, ALL);
    }

    public Page<Mission> missions(Boolean active, PageRequest page) {
        return new Page<>(repository.missions(active, null, null, page), page.page(), page.size(), repository.countMissions(active));
    }

    public Mission mission(String code) {
        return repository.missions(null, null, code, ALL).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Mission", code));
    }
}
