-- Issue 15: the public yearly figures of indicators kept in the database, per indicator, breakdown, reporter and year,
-- from approved values only, rewritten for a reporter's year by the transaction that approves or unlocks one of its
-- periods. A page sums a few rows per year (one per reporter) instead of reading every approved value of the indicator.
-- Enough is kept to compute each aggregation rule exactly as from the values: the count and sum of the values (SUM,
-- AVERAGE), the value of the reporter's latest period in the year (LATEST, and the note and source shown with it) and,
-- for a RATIO indicator, its numerator's values counted and the sums of numerator and denominator over the periods
-- reported on both sides. "Not reported" stays a missing row, never a zero.
create table indicator_year_figure (
    indicator_id     bigint         not null,
    disaggregation   varchar(30)    not null,
    reporter_id      bigint         not null,
    figure_year      integer        not null,
    own_values       integer        not null,
    own_sum          numeric(38, 6) not null,
    numerators       integer        not null,
    pairs            integer        not null,
    pair_numerator   numeric(38, 6) not null,
    pair_denominator numeric(38, 6) not null,
    sample           boolean        not null,
    latest_period    varchar(7),
    latest_start     date,
    latest_end       date,
    latest_amount    numeric(20, 6),
    latest_note      varchar(1000),
    latest_source    varchar(500),
    primary key (indicator_id, disaggregation, figure_year, reporter_id)
);
create index indicator_year_figure_reporter_idx on indicator_year_figure (reporter_id, figure_year);
