package org.a4ptracker.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.stakeholder.StakeholderService;
import org.a4ptracker.stakeholder.StakeholderSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering and approving indicator values. A reporter's focal point saves the grid of a period
 * (all cells or none), submits it; a reviewer approves it, which locks it, or returns it with a
 * reason; an administrator can unlock an approved period with a reason. Every step is audited.
 */
@Service
@Transactional
public class IndicatorDataService {

    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    IndicatorDataService(IndicatorRepository indicators, IndicatorValueRepository values, StakeholderService stakeholders,
                         AccessPolicy access, AuditLog audit, Optional<Clock> clock,
                         org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.indicators = indicators;
        this.values = values;
        this.stakeholders = stakeholders;
        this.access = access;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public EntryGrid grid(CurrentUser user, String reporterCode, String periodText) {
        StakeholderSummary reporter = stakeholders.summary(reporterCode);
        access.requireReadUnpublished(user, reporter.id(), "READ_INDICATOR_ENTRY", "stakeholder", reporter.code());
        Period period = period(periodText);
        var existing = values.find(new ValueFilter(null, reporter.code(), period.toString(), null, null, null), true,
                new org.a4ptracker.shared.PageRequest(1, org.a4ptracker.shared.PageRequest.MAX_SIZE)).stream()
                .collect(Collectors.toMap(v -> v.indicator() + "|" + v.disaggregation(), Function.identity()));
        var rows = indicatorsFor(reporter, period).stream().map(i -> new EntryGrid.Row(i, i.disaggregations().stream().map(d -> {
            var v = existing.get(i.code() + "|" + d.code());
            return new EntryGrid.Cell(d.code(), d.label(), v == null ? null : v.amount(), v != null && v.notApplicable(),
                    v == null ? null : v.note());
        }).toList())).toList();
        var state = values.periodState(reporter.id(), period.toString());
        return new EntryGrid(reporter.code(), reporter.names().en(), period.toString(), state.state(), state.reason(),
                state.lockVersion(), PeriodWorkflow.editable(PeriodWorkflow.State.valueOf(state.state())), rows);
    }

    /** Saves every cell of the grid, or none: each problem is reported beside its cell. Empty cells stay "not reported". */
    public int save(CurrentUser user, String reporterCode, String periodText, List<CellInput> cells) {
        return save(user, reporterCode, periodText, cells, null);
    }

    /**
     * A reporter's earlier values, read once for an import of many periods, so that the jump check of
     * each cell looks up the value before it in memory rather than with one query per cell. It follows
     * what the import writes, period by period, so it answers as the database would.
     */
    static final class History {

        private final Map<String, java.util.TreeMap<java.time.LocalDate, java.math.BigDecimal>> values = new java.util.HashMap<>();

        private static String key(long indicatorId, String disaggregation) {
            return indicatorId + "|" + disaggregation;
        }

        void put(long indicatorId, String disaggregation, java.time.LocalDate start, java.math.BigDecimal amount) {
            var series = values.computeIfAbsent(key(indicatorId, disaggregation), k -> new java.util.TreeMap<>());
            if (amount == null) {
                series.remove(start);
            } else {
                series.put(start, amount);
            }
        }

        Optional<java.math.BigDecimal> before(long indicatorId, String disaggregation, java.time.LocalDate start) {
            var series = values.get(key(indicatorId, disaggregation));
            var entry = series == null ? null : series.lowerEntry(start);
            return entry == null ? Optional.empty() : Optional.of(Decimals.plain(entry.getValue()));
        }
    }

    /** The reporter's values with a number, as a {@link History} for an import. */
    History history(long reporterId) {
        var history = new History();
        values.numbersOf(reporterId, (indicatorId, disaggregation, start, amount) -> history.put(indicatorId, disaggregation, start, amount));
        return history;
    }

    /** As {@link #save(CurrentUser, String, String, List)}; with a history (imports), earlier values come from it and it is kept up to date. */
    int save(CurrentUser user, String reporterCode, String periodText, List<CellInput> cells, History history) {
        StakeholderSummary reporter = stakeholders.summary(reporterCode);
        access.requireFocalPointOf(user, reporter.id(), "ENTER_INDICATOR_VALUES", "stakeholder", reporter.code());
        Period period = period(periodText);
        var state = PeriodWorkflow.State.valueOf(values.periodState(reporter.id(), period.toString()).state());
        if (!PeriodWorkflow.editable(state)) {
            throw new ConflictException("The period " + period + " of " + reporter.code() + " is " + state.name().toLowerCase()
                    + (state == PeriodWorkflow.State.APPROVED ? " and locked: an administrator can unlock it with a reason"
                    : ": a reviewer must return it before it can change"));
        }
        Map<String, Indicator> byCode = indicators.all().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        var problems = new ArrayList<CellProblem>();
        var parsed = new ArrayList<ValueValidator.Parsed>();
        var blanks = new ArrayList<CellInput>();
        for (CellInput c : cells) {
            Indicator i = byCode.get(c.indicator());
            if (i == null || !i.hasDisaggregation(c.disaggregation())) {
                problems.add(ValueValidator.problem(c, "unknown indicator or disaggregation", false));
            } else if (c.notApplicable()) {
                if (c.note() == null || c.note().isBlank()) {
                    problems.add(ValueValidator.problem(c, "give the reason why the value does not apply", false));
                } else {
                    parsed.add(new ValueValidator.Parsed(c, i, null));
                }
            } else if (c.value() == null || c.value().isBlank()) {
                blanks.add(c);
            } else {
                var number = ValueValidator.number(c.value());
                if (number.isEmpty()) {
                    problems.add(ValueValidator.problem(c, "'" + c.value() + "' is not a number: write plain numbers like 1234.5,"
                            + " or leave it empty, or mark it not applicable with a reason", false));
                } else {
                    parsed.add(new ValueValidator.Parsed(c, i, number.get()));
                }
            }
        }
        problems.addAll(ValueValidator.check(parsed, byCode, history == null
                ? (i, d) -> values.previous(i.id(), reporter.id(), d, period.start())
                : (i, d) -> history.before(i.id(), d, period.start())));
        if (!problems.isEmpty()) {
            throw new InvalidValuesException(problems);
        }
        Instant now = Instant.now(clock);
        values.upsertAll(parsed.stream().map(p -> new IndicatorValueRepository.Upsert(p.indicator().id(), p.cell().disaggregation(),
                p.amount(), blankToNull(p.cell().note()))).toList(), reporter.id(), period, null, user.id(), now);
        for (CellInput blank : blanks) {
            values.delete(byCode.get(blank.indicator()).id(), reporter.id(), period.toString(), blank.disaggregation());
        }
        if (history != null) {
            parsed.forEach(p -> history.put(p.indicator().id(), p.cell().disaggregation(), period.start(), p.amount()));
            blanks.forEach(b -> history.put(byCode.get(b.indicator()).id(), b.disaggregation(), period.start(), null));
        }
        audit.changed(user, "ENTER_INDICATOR_VALUES", "indicator_period", reporter.code() + " " + period, reporter.id(),
                parsed.size() + " values");
        return parsed.size();
    }

    public void move(CurrentUser user, String reporterCode, String periodText, PeriodWorkflow.Transition t, int lockVersion,
                     String reason) {
        StakeholderSummary reporter = stakeholders.summary(reporterCode);
        String action = t.name() + "_INDICATOR_PERIOD";
        switch (t) {
            case SUBMIT -> access.requireFocalPointOf(user, reporter.id(), action, "stakeholder", reporter.code());
            case APPROVE, RETURN -> access.requireReviewer(user, action, "stakeholder", reporter.code(), reporter.id());
            case UNLOCK -> access.requireAdministrator(user, action);
        }
        Period period = period(periodText);
        var current = values.periodState(reporter.id(), period.toString());
        var next = PeriodWorkflow.next(PeriodWorkflow.State.valueOf(current.state()), t, reason);
        if (current.lockVersion() != lockVersion || !values.setPeriodState(reporter.id(), period.toString(), next.name(),
                reason == null || reason.isBlank() ? null : reason.trim(), lockVersion, user.id(), Instant.now(clock))) {
            throw new ConflictException("Someone else changed this period since you opened it; reload and try again");
        }
        audit.changed(user, action, "indicator_period", reporter.code() + " " + period, reporter.id(), reason);
        events.publishEvent(new IndicatorPeriodMoved(reporter.code(), period.toString(), next.name()));
    }

    @Transactional(readOnly = true)
    public List<IndicatorValueRepository.Queued> periods(CurrentUser reviewer, String state) {
        access.requireReviewer(reviewer, "READ_INDICATOR_QUEUE", null, null, null);
        return values.periods(state);
    }

    /** The indicators a reporter of this kind reports at this period's frequency; ratios are computed, never entered. */
    List<Indicator> indicatorsFor(StakeholderSummary reporter, Period period) {
        return indicators.all().stream().filter(i -> !i.ratio() && i.reporterType().equals(reporter.type().name()))
                .filter(i -> i.frequency() == period.frequency()).toList();
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("period", e.getMessage());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
