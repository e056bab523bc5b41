-- /actions?area=2&status=ONGOING&cycle=2022: ActionListRepository.find (page 1) and count, PUBLIC view, as the app writes them
-- (the published version's cycle and status are kept on the action, V9)
with page as (select a.id
  from action a
  where a.published_version is not null and a.published_cycle = 2022 and a.published_status = 'ONGOING'
    and exists (select 1 from action_version_commitment c where c.action_id = a.id and c.version_no = a.published_version
                and c.commitment_number in (:area2))
  order by a.published_at desc, a.id desc limit 25 offset 0)
select a.id, a.stakeholder_id, a.state, a.published_at, a.updated_at, a.submitted_at, a.reason, a.sample,
       a.published_version as version_no, v.title, v.status, v.reporting_cycle
from page p join action a on a.id = p.id join action_version v on v.action_id = a.id and v.version_no = a.published_version
order by a.published_at desc, a.id desc;
select count(*)
from action a
where a.published_version is not null and a.published_cycle = 2022 and a.published_status = 'ONGOING'
  and exists (select 1 from action_version_commitment c where c.action_id = a.id and c.version_no = a.published_version
              and c.commitment_number in (:area2));
