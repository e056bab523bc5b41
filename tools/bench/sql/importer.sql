-- The account the benchmark imports indicator values with: focal point of four closed missions (sample, bench only).
insert into app_user (email, display_name, created_at, sample)
values ('bench.importer@example.org', 'Bench importer (sample)', timestamp '2018-01-01', true) on conflict (email) do nothing;
insert into focal_point (user_id, stakeholder_id, granted_at)
select u.id, s.id, timestamp '2018-01-01' from app_user u cross join stakeholder s
where u.email = 'bench.importer@example.org' and s.code in ('MONUC', 'MINUSMA', 'UNAMID', 'MINUSTAH')
on conflict do nothing;
insert into api_token (user_id, name, token_hash, prefix, created_at)
select id, 'benchmark', encode(sha256(convert_to('a4p_benchImporterToken00000000000000000000', 'UTF8')), 'hex'), 'a4p_benchI',
       timestamp '2018-01-01'
from app_user where email = 'bench.importer@example.org' on conflict (token_hash) do nothing;
