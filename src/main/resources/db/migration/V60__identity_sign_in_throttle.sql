-- Sign-in throttling replaces the account lock: a lock let anyone cut a person off with five wrong passwords
-- (including their live sessions and API tokens). Token buckets per client address, per account and per pair
-- (identity.SignInThrottle, Bucket4j) are kept here, so that every app node counts the same attempts.
create table sign_in_bucket (
    bucket_key varchar(400) primary key,
    state      bytea        not null,
    expires_at timestamp    not null
);
create index sign_in_bucket_expiry_idx on sign_in_bucket (expires_at);

alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
