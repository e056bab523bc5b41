-- ActionStatistics.publishedByStatus for the commitments of area 1 (area page); commitment 1 in commitment.sql
select v.status, count(distinct a.id)
from action a
join action_version v on v.action_id = a.id and v.version_no = a.published_version
join action_version_commitment c on c.action_id = a.id and c.version_no = a.published_version
where c.commitment_number in (:area1)
group by v.status;
