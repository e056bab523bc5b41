-- /stakeholders/GHA: the published actions section (page 1 and count), reporting status, survey participation
select a.id, a.stakeholder_id, a.state, a.published_at, a.published_version as version_no, v.title, v.status, v.reporting_cycle
from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null and a.stakeholder_id = :gha
order by a.published_at desc, a.id desc limit 10;
select count(*) from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null and a.stakeholder_id = :gha;
select c.commitment_number, count(*) from action a
join action_version v on v.action_id = a.id and v.version_no = a.published_version
join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
where a.stakeholder_id = :gha and v.reporting_cycle = 2026 group by c.commitment_number;
select r.id, r.title, r.sample,
       exists (select 1 from survey_response s where s.invitation_id = i.id and s.state = 'SUBMITTED') as answered
from survey_invitation i join survey_round r on r.id = i.round_id
where i.stakeholder_id = :gha and r.state = 'PUBLISHED' order by r.opens_on desc;
