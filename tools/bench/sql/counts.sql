-- The data set, as the report lists it.
select 'Member States', count(*)::text from stakeholder where type = 'MEMBER_STATE'
union all select 'Organisations and Secretariat entities', count(*)::text from stakeholder where type in ('ORGANISATION', 'SECRETARIAT_ENTITY')
union all select 'Missions (active, of which generated)', (select count(*) from mission where end_year is null) || ' (' || (select count(*) from stakeholder where type = 'MISSION' and sample) || ')'
union all select 'Reporting cycles', count(*)::text from reporting_cycle
union all select 'Actions (published)', count(*) || ' (' || count(published_version) || ')' from action
union all select 'Action versions', count(*)::text from action_version
union all select 'Action-commitment links', count(*)::text from action_version_commitment
union all select 'Action events (history)', count(*)::text from action_event
union all select 'Actions waiting for review', count(*)::text from action where state = 'SUBMITTED'
union all select 'Survey rounds (published)', count(*) || ' (' || count(*) filter (where state = 'PUBLISHED') || ')' from survey_round
union all select 'Survey responses', count(*)::text from survey_response
union all select 'Survey answers', count(*)::text from survey_answer
union all select 'Indicator values (approved)', count(*) || ' (' || count(*) filter (where p.state = 'APPROVED') || ')'
          from indicator_value v left join indicator_period p on p.reporter_id = v.reporter_id and p.period = v.period
union all select 'Indicator disaggregations', count(*)::text from indicator_disaggregation
union all select 'Database size', pg_size_pretty(pg_database_size(current_database()));
