-- Generated benchmark data set, labelled as sample, loaded server-side in a few statements.
-- Run by tools/bench/generate.sh against a database the app has migrated and seeded (A4P_SAMPLE_DATA=false).
-- psql variables: scale (1 = scale L, 0.01 = scale S). Deterministic: every "random" figure is a hash of
-- row numbers (hashint8extended), so two runs at the same scale write the same data whatever the plan.
\set ON_ERROR_STOP on
\timing on
set max_parallel_workers_per_gather = 0;
set synchronous_commit = off;
-- Run as the superuser: foreign-key triggers off while loading (every reference is taken from existing rows),
-- which makes the load minutes instead of most of an hour; the checks at the end look for orphans.
set session_replication_role = replica;

create schema if not exists bench authorization :owner;
create table if not exists bench.dataset (scale numeric primary key, loaded_at timestamptz not null, seconds numeric not null);
alter table bench.dataset owner to :owner;
select count(*) > 0 as already_loaded from bench.dataset \gset
\if :already_loaded
  \echo 'A generated data set is already loaded:'
  select * from bench.dataset;
  \quit
\endif

select clock_timestamp() as started \gset

-- a number in [0, 1) from (n, seed)
create function pg_temp.r(n bigint, seed bigint) returns double precision language sql immutable as
$$ select (hashint8extended(n, seed) & 2147483647) / 2147483648.0 $$;

begin;

-- Scale ---------------------------------------------------------------------------------------------
select greatest(100, round(500000 * :scale))::int as n_actions,
       greatest(20, round(5000 * :scale))::int as n_responses,
       greatest(1, round(193 * :scale))::int as n_countries \gset
\echo scale :scale: :n_actions actions, :n_responses responses per round, :n_countries contributing countries per category

-- Reporting cycles: 2018 (the Declaration's year) to 2027, ten cycles ----------------------------------
insert into reporting_cycle (cycle, opens_on, due_on) values (2018, date '2018-01-01', date '2018-12-31')
on conflict (cycle) do nothing;

-- Nine generated missions (sample) next to the 11 active ones: 20 reporting missions ----------------
insert into stakeholder (code, type, name_en, name_fr, search_name, source, sample)
select 'SAMPLE-M' || g, 'MISSION', 'Sample mission ' || g || ' (generated)', 'Mission fictive ' || g || ' (générée)',
       lower('sample-m' || g || ' sample mission ' || g || ' (generated) mission fictive ' || g), 'Sample data (generated)', true
from generate_series(1, 9) g;
insert into mission (stakeholder_id, location, start_year, end_year, note)
select id, 'Sample location', 2015, null, 'Sample data (generated)' from stakeholder where code like 'SAMPLE-M%';

create temp table bench_mission as
select row_number() over (order by s.code) as idx, s.id, s.code
from stakeholder s join mission m on m.stakeholder_id = s.id where m.end_year is null;

-- Accounts (sample): one reviewer, one focal point per reporting stakeholder; API tokens for the benchmark --
insert into app_user (email, display_name, reviewer, created_at, sample)
values ('bench.reviewer@example.org', 'Bench reviewer (sample)', true, timestamp '2018-01-01', true);
insert into app_user (email, display_name, created_at, sample)
select 'bench.focal.' || lower(code) || '@example.org', 'Bench focal point of ' || code || ' (sample)', timestamp '2018-01-01', true
from stakeholder where type in ('MEMBER_STATE', 'ORGANISATION', 'SECRETARIAT_ENTITY') or id in (select id from bench_mission);
insert into focal_point (user_id, stakeholder_id, granted_at)
select u.id, s.id, timestamp '2018-01-01' from app_user u join stakeholder s on u.email = 'bench.focal.' || lower(s.code) || '@example.org';
-- the secrets are public on purpose: a benchmark database only
insert into api_token (user_id, name, token_hash, prefix, created_at)
select id, 'benchmark', encode(sha256(convert_to(secret, 'UTF8')), 'hex'), left(secret, 10), timestamp '2018-01-01'
from (select id, case email when 'bench.reviewer@example.org' then 'a4p_benchReviewerToken0000000000000000000'
                          else 'a4p_benchFocalGHAToken00000000000000000000' end as secret
      from app_user where email in ('bench.reviewer@example.org', 'bench.focal.gha@example.org')) t;

-- Actions --------------------------------------------------------------------------------------------
-- Reporters, skewed: the first ones (by a hash) report much more than the last.
create temp table bench_reporter as
select row_number() over (order by hashint8extended(s.id, 7)) - 1 as idx, s.id, s.type, fp.user_id
from stakeholder s join focal_point fp on fp.stakeholder_id = s.id
join app_user u on u.id = fp.user_id and u.email like 'bench.focal.%';
select count(*) as n_reporters from bench_reporter \gset
select id as reviewer_id from app_user where email = 'bench.reviewer@example.org' \gset
select coalesce(max(id), 0) as action_base from action \gset

create temp table bench_action as
select g as n, :action_base + g as id, r.id as stakeholder_id, r.type, r.user_id,
       2018 + floor(pg_temp.r(g, 2) * 9)::int as cycle,
       case when pg_temp.r(g, 3) < 0.70 then 1 when pg_temp.r(g, 3) < 0.95 then 2 else 3 end as published_versions,
       pg_temp.r(g, 4) < 0.006 as revision_submitted,
       1 + floor(pg_temp.r(g, 5) * 3)::int as n_commitments
from generate_series(1, :n_actions) g
join bench_reporter r on r.idx = floor(power(pg_temp.r(g, 1), 2) * :n_reporters)::int;
alter table bench_action add primary key (n);
analyze bench_action;

create temp table bench_version as
select a.*, v as version_no,
       (make_date(a.cycle, 1, 1) + floor(pg_temp.r(a.n, 6) * 200)::int + (v - 1) * 40)::timestamp
           + make_interval(mins => floor(pg_temp.r(a.n, 7) * 600)::int) as written_at
from bench_action a
cross join lateral generate_series(1, a.published_versions + case when a.revision_submitted then 1 else 0 end) v;
create index on bench_version (n, version_no);
analyze bench_version;

insert into action (id, stakeholder_id, state, current_version, published_version, lock_version, created_at, created_by,
                    updated_at, updated_by, submitted_at, published_at, sample)
select a.id, a.stakeholder_id, case when a.revision_submitted then 'SUBMITTED' else 'PUBLISHED' end,
       a.published_versions + case when a.revision_submitted then 1 else 0 end, a.published_versions,
       a.published_versions * 2 + case when a.revision_submitted then 1 else 0 end,
       fv.written_at, a.user_id, lv.written_at + interval '9 days', case when a.revision_submitted then a.user_id else :reviewer_id end,
       lv.written_at + interval '2 days', pv.written_at + interval '9 days', true
from bench_action a
join bench_version fv on fv.n = a.n and fv.version_no = 1
join bench_version lv on lv.n = a.n and lv.version_no = a.published_versions + case when a.revision_submitted then 1 else 0 end
join bench_version pv on pv.n = a.n and pv.version_no = a.published_versions;

-- Texts: a title of 40-110 characters, a description of 2-9 sentences (about 200-1,300 characters).
create temp table bench_phrase (kind text, i int, text text);
insert into bench_phrase
select 'what', i - 1, t from unnest(array['Pre-deployment training on the protection of civilians for',
    'Deployment of a gender adviser to', 'Casualty-evacuation drill held with', 'Conduct and discipline briefing for',
    'Community engagement programme with', 'Solar power installed at a camp of', 'Human rights screening of personnel sent to',
    'Joint analysis workshop with', 'Mentoring of engineering units for', 'Medical evacuation exercise with',
    'Early-warning network set up with', 'Environmental audit of the camps of']) with ordinality as x(t, i)
union all
select 'whom', i - 1, t from unnest(array['a formed police unit', 'an infantry battalion', 'staff officers', 'military observers',
    'civilian staff', 'local authorities', 'women''s associations', 'the host government', 'a quick reaction force',
    'an aviation unit']) with ordinality as x(t, i)
union all
select 'sentence', i - 1, t from unnest(array[
    'Sample data, generated for the scale benchmark: not a real report.',
    'The activity was planned with the mission''s sector headquarters and the national authorities concerned.',
    'Participants completed the course and an evaluation showed better knowledge of the standards in force.',
    'A follow-up visit is scheduled to check how the lessons are applied in daily operations.',
    'Women made up a growing share of the participants, in line with the Uniformed Gender Parity Strategy.',
    'The costs were covered by the national budget with support from a bilateral partner.',
    'Local civil society organisations were consulted before the activity and took part in its review.',
    'Equipment delivered under the project was inspected and found serviceable.',
    'The results were shared with the Secretariat and with other contributing countries.',
    'Delays in the rotation of contingents postponed part of the programme to the next cycle.',
    'Indicators agreed at the outset show progress but not yet the level aimed for.',
    'The host government nominated focal points to carry the work forward.',
    'Training materials were translated into the local languages and distributed.',
    'An after-action review identified three improvements for the next deployment.',
    'Reporting to the mission leadership is monthly, with a summary each quarter.',
    'No incident of misconduct was recorded among the units concerned during the period.']) with ordinality as x(t, i);

insert into action_version (action_id, version_no, title, description, status, reporting_cycle, start_date, end_date,
                            evidence_links, created_at, created_by)
select v.id, v.version_no,
       left(w.text || ' ' || m.text || case when v.version_no > 1 then ' (revised)' else '' end, 200),
       (select string_agg(p.text, ' ' order by k)
        from generate_series(0, 1 + floor(pg_temp.r(v.n * 7 + v.version_no, 10) * 8)::int) k
        join bench_phrase p on p.kind = 'sentence'
         and p.i = case when k = 0 then 0 else 1 + floor(pg_temp.r(v.n * 131 + k * 7 + v.version_no, 11) * 15)::int end),
       (array['PLANNED', 'ONGOING', 'COMPLETED', 'DISCONTINUED'])[1 + least(3, floor(pg_temp.r(v.n, 12) * 3.2)::int + v.version_no - 1)],
       v.cycle, make_date(v.cycle, 1 + floor(pg_temp.r(v.n, 13) * 6)::int, 1),
       case when pg_temp.r(v.n, 14) < 0.4 then make_date(v.cycle, 7 + floor(pg_temp.r(v.n, 15) * 6)::int, 28) end,
       'https://example.org/sample-evidence/' || v.id || case when pg_temp.r(v.n, 16) < 0.3 then E'\nhttps://example.org/sample-report/' || v.id else '' end,
       v.written_at, v.user_id
from bench_version v
join bench_phrase w on w.kind = 'what' and w.i = floor(pg_temp.r(v.n, 8) * 12)::int
join bench_phrase m on m.kind = 'whom' and m.i = floor(pg_temp.r(v.n, 9) * 10)::int;

-- the published version's cycle and status, kept on the action as the app writes them (V9)
update action a set published_cycle = v.reporting_cycle, published_status = v.status
from action_version v
where v.action_id = a.id and v.version_no = a.published_version and a.id > :action_base;

-- 1-3 distinct commitments per action, the same in every version
insert into action_version_commitment (action_id, version_no, commitment_number)
select distinct v.id, v.version_no, 1 + (floor(pg_temp.r(v.n, 20) * 45)::int + k * (1 + floor(pg_temp.r(v.n, 21) * 14)::int)) % 45
from bench_version v cross join lateral generate_series(0, v.n_commitments - 1) k;

-- a mission's actions are about itself; a fifth of the others about one of the 20 missions
insert into action_version_mission (action_id, version_no, mission_id)
select v.id, v.version_no, case when v.type = 'MISSION' then v.stakeholder_id
                                else (select m.id from bench_mission m where m.idx = 1 + floor(pg_temp.r(v.n, 22) * 20)::int) end
from bench_version v
where v.type = 'MISSION' or pg_temp.r(v.n, 23) < 0.2;

-- history: each version edited (from the second), submitted and published; the last revision may wait in the queue
insert into action_event (action_id, occurred_at, user_id, transition, from_state, to_state, version_no)
select v.id, v.written_at, v.user_id, 'EDIT', 'PUBLISHED', 'DRAFT', v.version_no from bench_version v where v.version_no > 1
union all
select v.id, v.written_at + interval '2 days', v.user_id, 'SUBMIT', 'DRAFT', 'SUBMITTED', v.version_no from bench_version v
union all
select v.id, v.written_at + interval '9 days', :reviewer_id, 'PUBLISH', 'SUBMITTED', 'PUBLISHED', v.version_no
from bench_version v where v.version_no <= v.published_versions;

select setval(pg_get_serial_sequence('action', 'id'), (select max(id) from action));

-- Surveys: 10 published rounds (2017-2026), each copied from the one before ----------------------------
create temp table bench_round (k int primary key, id bigint);
do $$
declare
    previous bigint;
    created bigint;
begin
    for k in 0..9 loop
        insert into survey_round (title, intro, opens_on, closes_on, state, groups_text, copied_from, lock_version, created_at, sample)
        values ('Sample perception survey ' || (2017 + k) || ' (generated)', 'Generated for the scale benchmark: not real answers.',
                make_date(2017 + k, 9, 1), make_date(2017 + k, 10, 31), 'PUBLISHED', 'MEMBER_STATES,ORGANISATIONS,MISSIONS,SECRETARIAT',
                previous, 2, make_timestamp(2017 + k, 8, 1, 0, 0, 0), true)
        returning id into created;
        insert into bench_round values (k, created);
        insert into survey_question (round_id, sort_order, kind, commitment_number, question_text)
        select created, (c.number - 1) * 3 + q.pos, q.kind, c.number, q.text
        from commitment c cross join (values (1, 'PERCEPTION', 'How much progress do you perceive on this commitment?'),
                                             (2, 'COMMENT', 'Comments (optional)'),
                                             (3, 'ACTIONS', 'Concrete actions taken (optional)')) q(pos, kind, text);
        previous := created;
    end loop;
end $$;

create temp table bench_invited as
select rd.k, rd.id as round_id, s.id as stakeholder_id,
       case s.type when 'MEMBER_STATE' then 'MEMBER_STATES' when 'ORGANISATION' then 'ORGANISATIONS'
                   when 'MISSION' then 'MISSIONS' else 'SECRETARIAT' end as respondent_group
from bench_round rd cross join stakeholder s
where s.type in ('MEMBER_STATE', 'ORGANISATION', 'SECRETARIAT_ENTITY') or s.id in (select id from bench_mission);

insert into survey_invitation (round_id, stakeholder_id, respondent_group, token_hash, created_at)
select round_id, stakeholder_id, respondent_group, encode(sha256(convert_to('bench-' || round_id || '-' || stakeholder_id, 'UTF8')), 'hex'),
       make_timestamp(2017 + k, 9, 1, 0, 0, 0)
from bench_invited;

-- about 85% of the invited answer; the rest of the round's responses are staff answering as individuals
create temp table bench_response as
select rd.k, i.round_id, i.id as invitation_id, i.stakeholder_id, i.respondent_group
from survey_invitation i join bench_round rd on rd.id = i.round_id
where pg_temp.r(i.id, 30) < 0.85;
analyze bench_response;
insert into bench_response
select rd.k, rd.id, null, null, case when pg_temp.r(rd.id * 100000 + g, 31) < 0.5 then 'MISSIONS' else 'SECRETARIAT' end
from bench_round rd
cross join lateral generate_series(1, :n_responses - (select count(*) from bench_response b where b.round_id = rd.id)) g;
analyze bench_response;

insert into survey_response (invitation_id, round_id, stakeholder_id, respondent_group, state, started_at, updated_at, submitted_at,
                             source, sample)
select invitation_id, round_id, stakeholder_id, respondent_group, 'SUBMITTED', make_timestamp(2017 + k, 9, 15, 0, 0, 0),
       make_timestamp(2017 + k, 10, 28, 0, 0, 0), make_timestamp(2017 + k, 10, 28, 0, 0, 0), 'SAMPLE', true
from bench_response;

-- one perception answer per commitment (about 8% "don't know"), perceived progress rising slowly round after round
insert into survey_answer (response_id, question_id, choice)
select r.id, q.id,
       case when pg_temp.r(r.id * 64 + q.commitment_number, 32) < 0.08 then 'DONT_KNOW'
            else (array['NONE', 'LITTLE', 'SOME', 'SIGNIFICANT', 'FULL'])[1 + greatest(0, least(4, round(
                 1.2 + (q.commitment_number % 5) * 0.25 + rd.k * 0.08
                 + (pg_temp.r(r.id * 64 + q.commitment_number, 33) + pg_temp.r(r.id * 64 + q.commitment_number, 34)
                    + pg_temp.r(r.id * 64 + q.commitment_number, 35) - 1.5) * 1.6)))::int] end
from survey_response r
join bench_round rd on rd.id = r.round_id
join survey_question q on q.round_id = r.round_id and q.kind = 'PERCEPTION';
insert into survey_answer (response_id, question_id, text_value, publishable)
select r.id, q.id, 'Sample comment (generated): progress depends on resources and on the host government.', pg_temp.r(r.id, 36) < 0.3
from survey_response r
join bench_round rd on rd.id = r.round_id
join survey_question q on q.round_id = r.round_id and q.kind = 'COMMENT' and q.commitment_number = 1 + (r.id % 45)
where pg_temp.r(r.id, 37) < 0.05;

-- Indicator values: the 20 missions, monthly from 2016-01 to 2026-09, all approved ---------------------
-- Headcounts are broken down by contributing country within each category (disaggregations added as
-- sample, e.g. FPU_GHA): that is how a mission's personnel is reported, and what makes 5 million values.
create temp table bench_month as
select to_char(d, 'YYYY-MM') as period, d::date as period_start, (d + interval '1 month' - interval '1 day')::date as period_end,
       extract(year from d)::int - 2016 as y
from generate_series(date '2016-01-01', date '2026-09-01', interval '1 month') d;
create temp table bench_category (c int, code text, label text, typical int, women double precision);
insert into bench_category values (1, 'MIL_CONTINGENT', 'Military contingents', 9000, 0.05), (2, 'STAFF_OFFICER', 'Military staff officers and observers', 300, 0.15),
    (3, 'FPU', 'Formed police units', 700, 0.10), (4, 'IPO', 'Individual police officers', 400, 0.20),
    (5, 'JUSTICE_CORRECTIONS', 'Justice and corrections officers', 60, 0.30);
create temp table bench_country as
select row_number() over (order by code) as idx, id, code, name_en from stakeholder
where type = 'MEMBER_STATE' order by code limit :n_countries;

insert into indicator_disaggregation (indicator_id, code, label, sort_order)
select i.id, c.code || '_' || s.code, c.label || ' from ' || s.name_en || ' (sample)', 100 + c.c * 1000 + s.idx
from indicator i cross join bench_category c cross join bench_country s
where i.code in ('UNIFORMED_PERSONNEL', 'WOMEN_UNIFORMED');

select id as personnel from indicator where code = 'UNIFORMED_PERSONNEL' \gset
select id as women from indicator where code = 'WOMEN_UNIFORMED' \gset

create temp table bench_headcount as
select m.id as reporter_id, mo.period, mo.period_start, mo.period_end, c.code || '_' || s.code as disaggregation, c.code as category,
       t.total, round(t.total * least(0.9, c.women + mo.y * 0.006 + pg_temp.r(m.idx * 1000003 + s.idx * 101 + c.c, 41) * 0.04)) as women
from bench_mission m cross join bench_month mo cross join bench_category c cross join bench_country s
cross join lateral (select case when pg_temp.r(m.idx * 1009 + s.idx * 11 + c.c, 40) < 0.7 then 0
       else round(c.typical / 20.0 * (0.2 + pg_temp.r(m.idx * 1009 + s.idx * 11 + c.c, 42) * 2)
                  * (0.9 + pg_temp.r(m.idx * 7919 + s.idx * 13 + c.c * 3 + mo.y * 100003 + extract(month from mo.period_start)::int, 43) * 0.2)) end as total) t;
analyze bench_headcount;

insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount, not_applicable,
                             source, sample, updated_at, updated_by)
select :personnel, reporter_id, period, period_start, period_end, disaggregation, total, false, 'Sample data (generated)', true,
       period_end + 20, :reviewer_id from bench_headcount
union all
select :women, reporter_id, period, period_start, period_end, disaggregation, women, false, 'Sample data (generated)', true,
       period_end + 20, :reviewer_id from bench_headcount
union all
select i, reporter_id, period, period_start, period_end, category, sum(case when i = :personnel then total else women end), false,
       'Sample data (generated)', true, period_end + 20, :reviewer_id
from bench_headcount cross join (values (:personnel), (:women)) x(i)
group by i, reporter_id, period, period_start, period_end, category
union all
select i, reporter_id, period, period_start, period_end, '_T', sum(case when i = :personnel then total else women end), false,
       'Sample data (generated)', true, period_end + 20, :reviewer_id
from bench_headcount cross join (values (:personnel), (:women)) x(i)
group by i, reporter_id, period, period_start, period_end;

-- electricity and its renewable part, monthly; casualty evacuations and those meeting 10-1-2, quarterly
insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount, not_applicable,
                             source, sample, updated_at, updated_by)
select i.id, m.id, mo.period, mo.period_start, mo.period_end, '_T',
       case when i.code = 'ELECTRICITY_KWH' then e.kwh else round(e.kwh * (0.03 + mo.y * 0.02 + pg_temp.r(m.idx * 3001 + mo.y * 13, 45) * 0.05)) end,
       false, 'Sample data (generated)', true, mo.period_end + 20, :reviewer_id
from bench_mission m cross join bench_month mo
cross join lateral (select round(400000 * (0.05 + pg_temp.r(m.idx, 46)) * (0.9 + pg_temp.r(m.idx * 100003 + mo.y * 17 + extract(month from mo.period_start)::int, 47) * 0.2)) as kwh) e
join indicator i on i.code in ('ELECTRICITY_KWH', 'RENEWABLE_KWH');
insert into indicator_value (indicator_id, reporter_id, period, period_start, period_end, disaggregation, amount, not_applicable,
                             source, sample, updated_at, updated_by)
select i.id, m.id, q.period, q.period_start, q.period_end, '_T',
       case when i.code = 'CASEVAC_TOTAL' then e.total else floor(e.total * (0.7 + pg_temp.r(m.idx * 7 + q.n, 49) * 0.3)) end,
       false, 'Sample data (generated)', true, q.period_end + 20, :reviewer_id
from bench_mission m
cross join (select n, to_char(d, 'YYYY') || '-Q' || to_char(d, 'Q') as period, d::date as period_start,
                   (d + interval '3 months' - interval '1 day')::date as period_end
            from generate_series(date '2016-01-01', date '2026-07-01', interval '3 months') with ordinality as x(d, n)) q
cross join lateral (select 1 + floor(pg_temp.r(m.idx * 1000 + q.n, 48) * 12) as total) e
join indicator i on i.code in ('CASEVAC_TOTAL', 'CASEVAC_MET');

insert into indicator_period (reporter_id, period, state, lock_version, updated_at, updated_by)
select distinct reporter_id, period, 'APPROVED', 2, period_end + 20, :reviewer_id::bigint
from indicator_value where sample
on conflict (reporter_id, period) do nothing;

-- orphans the disabled foreign keys would have refused (none expected)
select (select count(*) from action_version v where not exists (select 1 from action a where a.id = v.action_id))
     + (select count(*) from action_version_commitment c where not exists (select 1 from action_version v where v.action_id = c.action_id and v.version_no = c.version_no))
     + (select count(*) from survey_answer a where not exists (select 1 from survey_response r where r.id = a.response_id))
     + (select count(*) from indicator_value v where not exists (select 1 from stakeholder s where s.id = v.reporter_id)) as orphans \gset
select :orphans > 0 as has_orphans \gset
\if :has_orphans
  \echo 'orphan rows found: :orphans'
  rollback;
  \quit 3
\endif
insert into bench.dataset values (:scale, now(), extract(epoch from clock_timestamp() - :'started'::timestamptz));
commit;

\echo 'Loaded; analysing'
-- analysed by generate.sh as the superuser (vacuum analyze: also the visibility map, for index-only scans)
select * from bench.dataset;
