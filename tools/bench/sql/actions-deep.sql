-- /actions?page=10000: ActionListRepository.find at offset 249,975 and the count, PUBLIC view, no filter
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.published_version as version_no, v.title, v.status, v.reporting_cycle
from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null
order by a.published_at desc, a.id desc limit 25 offset 249975;
select count(*) from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null;
