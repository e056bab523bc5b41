-- /review: ActionListRepository.find and count, QUEUE view
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.current_version as version_no, v.title, v.status, v.reporting_cycle
from action a join action_version v on v.action_id = a.id and v.version_no = a.current_version
where a.state = 'SUBMITTED' order by a.submitted_at, a.id limit 25 offset 0;
select count(*) from action a join action_version v on v.action_id = a.id and v.version_no = a.current_version
where a.state = 'SUBMITTED';
