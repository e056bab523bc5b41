-- /actions?page=10000: ActionListRepository.find at offset 249,975 and the count, PUBLIC view, no filter, as the app writes them
with page as (select a.id from action a where a.published_version is not null
  order by a.published_at desc, a.id desc limit 25 offset 249975)
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.published_version as version_no, v.title, v.status, v.reporting_cycle
from page p join action a on a.id = p.id join action_version v on v.action_id = a.id and v.version_no = a.published_version
order by a.published_at desc, a.id desc;
select count(*) from action a where a.published_version is not null;
