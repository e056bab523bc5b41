-- Issue 15: when each kind of public data last changed, moved with its version. The open-data package is dated by
-- the latest of these (its descriptor's "created" and its zip entries' times), not by the time of the download, so
-- that two downloads of unchanged data, from any node or from a restored backup, are the same bytes.
alter table public_data_version add column changed_at timestamp;
update public_data_version set changed_at = localtimestamp;
alter table public_data_version alter column changed_at set not null;
