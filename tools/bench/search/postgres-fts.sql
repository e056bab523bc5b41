-- The PostgreSQL full-text alternative to the Lucene index, measured on the loaded benchmark data set (issue #17):
-- a tsvector of every published version (English configuration, title weighted A, description B) with a GIN index,
-- then the searches the app makes: the best 20 by rank with the number of matches, and the newest 20.
-- Run with: psql -X -f tools/bench/search/postgres-fts.sql   (it leaves the scratch table bench.search_fts behind)
\timing on
drop table if exists bench.search_fts;
create table bench.search_fts as
select a.id, a.published_at,
       setweight(to_tsvector('english', v.title), 'A') || setweight(to_tsvector('english', v.description), 'B') as doc
from action a join action_version v on v.action_id = a.id and v.version_no = a.published_version
where a.published_version is not null;
create index search_fts_doc_idx on bench.search_fts using gin (doc);
vacuum analyze bench.search_fts;
select pg_size_pretty(pg_total_relation_size('bench.search_fts')) as table_and_index,
       pg_size_pretty(pg_relation_size('bench.search_fts_doc_idx')) as gin_index;
\echo 'casualty evacuation: best 20 by rank'
select id, ts_rank(doc, q) as r from bench.search_fts, plainto_tsquery('english', 'casualty evacuation') q where doc @@ q order by r desc limit 20;
\echo 'casualty evacuation: number of matches'
select count(*) from bench.search_fts where doc @@ plainto_tsquery('english', 'casualty evacuation');
\echo 'women protection civilians: best 20 by rank'
select id, ts_rank(doc, q) as r from bench.search_fts, plainto_tsquery('english', 'women protection civilians') q where doc @@ q order by r desc limit 20;
\echo 'women protection civilians: number of matches'
select count(*) from bench.search_fts where doc @@ plainto_tsquery('english', 'women protection civilians');
\echo 'solar: newest 20 (no ranking)'
select id from bench.search_fts where doc @@ plainto_tsquery('english', 'solar') order by published_at desc limit 20;
\echo 'environmental audit: best 20 by rank'
select id, ts_rank(doc, q) as r from bench.search_fts, plainto_tsquery('english', 'environmental audit') q where doc @@ q order by r desc limit 20;
\echo 'a word no action has: best 20 by rank'
select id, ts_rank(doc, q) as r from bench.search_fts, plainto_tsquery('english', 'zeppelin') q where doc @@ q order by r desc limit 20;
