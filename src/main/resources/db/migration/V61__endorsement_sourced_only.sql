-- The March 2021 count cited a file of this project, not a public source: only sourced counts stay
-- (154 stays shown, from press.un.org SC/14300 of 14 Sep 2020). The organisations' endorsements become
-- real records, loaded with their source by EndorsementSeeder; their sample rows give way.
delete from endorsement_count where as_of = date '2021-03-29' and source like '%docs/domain.md%';
delete from endorsement where sample and stakeholder_id in (select id from stakeholder where code in ('EU', 'AU', 'OIF', 'NATO'));
