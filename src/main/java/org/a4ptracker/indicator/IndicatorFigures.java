package org.a4ptracker.indicator;

import org.a4ptracker.shared.PublicData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public yearly figures of indicators, kept in {@code indicator_year_figure} (see V52) by the transaction that
 * approves or unlocks a period, so that every node reads them straight after the commit and no reader adds up millions
 * of values. {@link #recompute()} rebuilds them from the approved values after a change made by SQL
 * ({@code --a4p.recompute-summaries}, or the administrators' API).
 */
@Service
public class IndicatorFigures {

    private final YearFigureRepository figures;
    private final PublicData publicData;

    IndicatorFigures(YearFigureRepository figures, PublicData publicData) {
        this.figures = figures;
        this.publicData = publicData;
    }

    /**
     * Inside the transaction that changed which of a reporter's values are approved: rewrites the reporter's year. Bumps
     * the indicators' version first, whose row lock makes such writers take turns over the rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void approvalsChanged(long reporterId, int year) {
        publicData.changed(PublicData.Kind.INDICATORS);
        figures.rewrite(reporterId, year);
    }

    /** Rebuilds every row from the approved values; returns how many rows there are now. */
    @Transactional
    public int recompute() {
        publicData.changed(PublicData.Kind.INDICATORS);
        return figures.recompute();
    }

    /** Whether no row was ever written: a database from before V52 whose figures were never computed. */
    @Transactional(readOnly = true)
    boolean neverComputed() {
        return figures.empty();
    }
}
