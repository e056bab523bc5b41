-- /overview: reporters per cycle, published actions per cycle for each of the 8 areas (one shown: the
-- others are alike), perceptions of 10 published rounds and of the rounds they compare with (two shown)
select distinct v.reporting_cycle, a.stakeholder_id
from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version;
select v.reporting_cycle, count(distinct a.id)
from action a
join action_version v on v.action_id = a.id and v.version_no = a.published_version
join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
where c.commitment_number in (:area1)
group by v.reporting_cycle;
