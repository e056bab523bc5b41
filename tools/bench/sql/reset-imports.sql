-- Removes what the benchmark's imports wrote (actions of Ghana not generated, values of the four closed missions),
-- so that every run measures the same data set.
create temp table imported as select id from action where not sample and stakeholder_id = (select id from stakeholder where code = 'GHA');
delete from action_version_commitment where action_id in (select id from imported);
delete from action_version_mission where action_id in (select id from imported);
delete from action_event where action_id in (select id from imported);
delete from action_version where action_id in (select id from imported);
delete from action where id in (select id from imported);
delete from indicator_value where reporter_id in (select id from stakeholder where code in ('MONUC', 'MINUSMA', 'UNAMID', 'MINUSTAH'));
delete from indicator_period where reporter_id in (select id from stakeholder where code in ('MONUC', 'MINUSMA', 'UNAMID', 'MINUSTAH'));
