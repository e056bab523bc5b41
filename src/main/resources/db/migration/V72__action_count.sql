-- Issue 15: the published actions counted without the reporting stakeholder, by its kind instead, for the figures
-- that count over everyone (the overview's actions per area and cycle, a commitment's or area's actions by status
-- and by kind of reporter, the actions per commitment). action_tally holds a row per stakeholder (446,372 rows at
-- the benchmark's scale L), so that summing a commitment's or an area's rows read thousands of them (2-20 ms each);
-- these rows are a few hundred per commitment or area at most. Kept by the same transaction as action_tally, and
-- rebuilt from it by the "recompute summaries" command.
create table action_count (
    kind             varchar(1)  not null,
    item             bigint      not null,
    reporting_cycle  integer     not null,
    status           varchar(20) not null,
    stakeholder_type varchar(30) not null,
    actions          integer     not null,
    sample_actions   integer     not null,
    primary key (kind, item, reporting_cycle, status, stakeholder_type)
);

insert into action_count (kind, item, reporting_cycle, status, stakeholder_type, actions, sample_actions)
select t.kind, t.item, t.reporting_cycle, t.status, s.type, sum(t.actions), sum(t.sample_actions)
from action_tally t join stakeholder s on s.id = t.stakeholder_id
group by t.kind, t.item, t.reporting_cycle, t.status, s.type;
