-- A volunteer's secret link to their shifts as an iCal feed (no login: calendar apps cannot log in).
-- Only a SHA-256 hash of the token is stored; rotating replaces it, revoking deletes it.
create table calendar_token (
    volunteer_id  uuid         primary key references volunteer (id),
    token_hash    varchar(64)  not null,
    created_at    timestamptz  not null
);
