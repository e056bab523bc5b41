-- Measured on 500,000 published actions (docs/benchmarks.md): a deep page of the public list walked the index
-- in (published_at, id) order but fetched every skipped row; with published_version in the index the walk is
-- index-only. A stakeholder's published actions, newest first, come from their own index instead of a sort.
-- A list filtered by cycle (and status) reads that cycle's versions from an index alone.
create index action_public_page_idx on action (published_at, id, published_version);
drop index action_published_idx;
create index action_stakeholder_published_idx on action (stakeholder_id, published_at, id);
create index action_version_cycle_status_idx on action_version (reporting_cycle, status, action_id, version_no);
