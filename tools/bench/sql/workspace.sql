-- /workspace/GHA: ActionListRepository.find and count, WORKSPACE view, and the reporting status
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.current_version as version_no, v.title, v.status, v.reporting_cycle
from action a join action_version v on v.action_id = a.id and v.version_no = a.current_version
where a.stakeholder_id in (:gha) order by a.updated_at desc, a.id desc limit 25 offset 0;
select count(*) from action a join action_version v on v.action_id = a.id and v.version_no = a.current_version
where a.stakeholder_id in (:gha);
select c.commitment_number, count(*) from action a
join action_version v on v.action_id = a.id and v.version_no = a.published_version
join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
where a.stakeholder_id = :gha and v.reporting_cycle = 2026 group by c.commitment_number;
