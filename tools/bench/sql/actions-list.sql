-- /actions?area=2&status=ONGOING&cycle=2022: ActionListRepository.find (page 1) and count, PUBLIC view
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.published_version as version_no, v.title, v.status, v.reporting_cycle
from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null and v.status = 'ONGOING' and v.reporting_cycle = 2022
  and exists (select 1 from action_version_commitment c where c.action_id = a.id and c.version_no = a.published_version
              and c.commitment_number in (:area2))
order by a.published_at desc, a.id desc limit 25 offset 0;
select count(*)
from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null and v.status = 'ONGOING' and v.reporting_cycle = 2022
  and exists (select 1 from action_version_commitment c where c.action_id = a.id and c.version_no = a.published_version
              and c.commitment_number in (:area2));
