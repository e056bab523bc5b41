-- ResultsRepository.perceptions of the latest round and of the round it is compared with, rates, free texts
select q.commitment_number, r.respondent_group, a.choice
from survey_answer a join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id
where r.round_id = :round_last and r.state = 'SUBMITTED' and q.kind = 'PERCEPTION' and q.commitment_number is not null;
select q.commitment_number, r.respondent_group, a.choice
from survey_answer a join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id
where r.round_id = :round_prev and r.state = 'SUBMITTED' and q.kind = 'PERCEPTION' and q.commitment_number is not null;
select i.respondent_group, count(*), count(r.id)
from survey_invitation i left join survey_response r on r.invitation_id = i.id and r.state = 'SUBMITTED'
where i.round_id = :round_last group by i.respondent_group;
select a.response_id, a.question_id, q.commitment_number, q.kind, a.text_value, r.respondent_group, a.publishable
from survey_answer a join survey_question q on q.id = a.question_id join survey_response r on r.id = a.response_id
where r.round_id = :round_last and q.round_id = :round_last and q.kind in ('COMMENT', 'ACTIONS', 'TEXT') and r.state = 'SUBMITTED'
  and a.text_value is not null and a.publishable
order by q.sort_order, a.response_id limit 2000;
