-- /actions?page=10000 (offset 249,975), PUBLIC view, no filter, as the app runs it since the kept boundaries
-- (PublicListPages): the page starts after the key of row 249,000 (kept by the app; here :deep_at and :deep_id,
-- read once by run.sh) and skips 975 rows. The total is kept too (counted once per publication).
with page as (select a.id from action a where a.published_version is not null
  and a.published_at <= :'deep_at' and (a.published_at < :'deep_at' or (a.published_at = :'deep_at' and a.id < :deep_id))
  order by a.published_at desc, a.id desc limit 25 offset 975)
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.published_version as version_no, v.title, v.status, v.reporting_cycle
from page p join action a on a.id = p.id join action_version v on v.action_id = a.id and v.version_no = a.published_version
order by a.published_at desc, a.id desc;
