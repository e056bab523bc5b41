package org.a4ptracker.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a4ptracker.identity.AccessPolicy;
import org.a4ptracker.identity.AuditLog;
import org.a4ptracker.identity.CurrentUser;
import org.a4ptracker.shared.BadRequestException;
import org.a4ptracker.shared.ConflictException;
import org.a4ptracker.shared.InvalidValue;
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
    private final IndicatorValueWriter writer;
    private final StakeholderService stakeholders;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final IndicatorFigures figures;

    IndicatorDataService(IndicatorRepository indicators, IndicatorValueRepository values, IndicatorValueWriter writer,
                         StakeholderService stakeholders,
                         AccessPolicy access, AuditLog audit, Optional<Clock> clock,
                         org.springframework.context.ApplicationEventPublisher events,
                         IndicatorFigures figures) {
        this.figures = figures;
        this.events = events;
        this.indicators = indicators;
        this.values = values;
        this.writer = writer;
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
        StakeholderSummary reporter = stakeholders.summary(reporterCode);
        access.requireFocalPointOf(user, reporter.id(), "ENTER_INDICATOR_VALUES", "stakeholder", reporter.code());
        Period period = period(periodText);
        PeriodCells.requireEditable(reporter.code(), period,
                PeriodWorkflow.State.valueOf(values.periodState(reporter.id(), period.toString()).state()));
        var checked = new PeriodCells(indicators.all()).check(period, cells,
                (i, d) -> values.previous(i.id(), reporter.id(), d, period.start()));
        write(user, reporter, List.of(checked));
        return checked.parsed().size();
    }

    /**
     * Saves the cells of many periods, for an import, by the rules of {@link #save}: all or none. Each period is checked
     * against the reporter's earlier values held in memory, including those of the periods before it in the map's order;
     * {@code refused} hears each period refused, with its {@link InvalidValuesException} or {@link ConflictException}.
     * Only when none is refused, and not on a dry run, is anything written: all periods at once, in bulk.
     * Returns how many values were accepted.
     */
    int saveAll(CurrentUser user, StakeholderSummary reporter, Map<String, List<CellInput>> periods, boolean dryRun,
                BiConsumer<String, RuntimeException> refused) {
        access.requireFocalPointOf(user, reporter.id(), "ENTER_INDICATOR_VALUES", "stakeholder", reporter.code());
        var rules = new PeriodCells(indicators.all());
        var states = values.periodStates(reporter.id());
        var history = new ValueHistory();
        values.numbersOf(reporter.id(), history::put);
        var accepted = new ArrayList<PeriodCells.Checked>();
        boolean anyRefused = false;
        for (var entry : periods.entrySet()) {
            Period period = period(entry.getKey());
            try {
                PeriodCells.requireEditable(reporter.code(), period, states.getOrDefault(period.toString(), PeriodWorkflow.State.OPEN));
                var checked = rules.check(period, entry.getValue(), (i, d) -> history.before(i.id(), d, period.start()));
                checked.parsed().forEach(p -> history.put(p.indicator().id(), p.cell().disaggregation(), period.start(), p.amount()));
                checked.blanks().forEach(b -> history.put(b.indicator().id(), b.cell().disaggregation(), period.start(), null));
                accepted.add(checked);
            } catch (InvalidValuesException | ConflictException e) {
                refused.accept(entry.getKey(), e);
                anyRefused = true;
            }
        }
        if (!anyRefused && !dryRun) {
            write(user, reporter, accepted);
        }
        return accepted.stream().mapToInt(c -> c.parsed().size()).sum();
    }

    /** The checked cells of each period written (new values in bulk), empty cells cleared, and one audit event per period. */
    private void write(CurrentUser user, StakeholderSummary reporter, List<PeriodCells.Checked> periods) {
        var cells = new ArrayList<IndicatorValueWriter.Cell>();
        var blanks = new ArrayList<IndicatorValueWriter.Cell>();
        for (var c : periods) {
            c.parsed().forEach(p -> cells.add(new IndicatorValueWriter.Cell(c.period(), p.indicator().id(),
                    p.cell().disaggregation(), p.amount(), blankToNull(p.cell().note()))));
            c.blanks().forEach(b -> blanks.add(new IndicatorValueWriter.Cell(c.period(), b.indicator().id(),
                    b.cell().disaggregation(), null, null)));
        }
        writer.write(cells, reporter.id(), null, user.id(), Instant.now(clock));
        writer.deleteAll(blanks, reporter.id());
        audit.changedEach(user, "ENTER_INDICATOR_VALUES", "indicator_period",
                periods.stream().map(c -> reporter.code() + " " + c.period()).toList(), reporter.id(),
                periods.stream().map(c -> c.parsed().size() + " values").toList());
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
        if (t == PeriodWorkflow.Transition.APPROVE && values.submittedOrEnteredBy(reporter.id(), period.toString(), user.id())) {
            audit.denied(user, action, "indicator_period", reporter.code() + " " + period, reporter.id(),
                    "four eyes: reviewer submitted or entered these values");
            throw new ConflictException("indicator.period.four-eyes");
        }
        org.a4ptracker.shared.PlainText.require("reason", reason, org.a4ptracker.shared.PlainText.Lines.MANY, 2000);
        var next = PeriodWorkflow.next(PeriodWorkflow.State.valueOf(current.state()), t, reason);
        if (current.lockVersion() != lockVersion || !values.setPeriodState(reporter.id(), period.toString(), next.name(),
                reason == null || reason.isBlank() ? null : reason.trim(), lockVersion, user.id(), Instant.now(clock))) {
            throw new ConflictException("indicator.problem.stale");
        }
        // only approving and unlocking change what the public sees: the reporter's year of figures, rewritten before the commit
        if (current.state().equals("APPROVED") || next == PeriodWorkflow.State.APPROVED) {
            figures.approvalsChanged(reporter.id(), period.year());
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
        Period period;
        try {
            period = Period.parse(text);
        } catch (InvalidValue e) {
            throw new BadRequestException("period", e.text());
        }
        if (!period.withinReportingYears()) {
            throw new BadRequestException("period", "indicator.period.range", period.year(), Period.FIRST_YEAR, Period.LAST_YEAR);
        }
        return period;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
