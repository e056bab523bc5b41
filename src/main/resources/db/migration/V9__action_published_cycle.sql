-- Measured on 500,000 published actions (docs/benchmarks.md): a public list filtered by cycle read that cycle's
-- ~50,000 versions and joined each to its action before sorting by publication time (15 requests/s). The published
-- version's cycle and status are now kept on the action, written with published_version in the same statement,
-- so that such a list walks one index in list order and stops after its page.
alter table action add column published_cycle integer;
alter table action add column published_status varchar(20);
update action
set published_cycle = (select v.reporting_cycle from action_version v where v.action_id = action.id and v.version_no = action.published_version),
    published_status = (select v.status from action_version v where v.action_id = action.id and v.version_no = action.published_version)
where published_version is not null;
create index action_published_cycle_idx on action (published_cycle, published_at, id);
