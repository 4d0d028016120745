-- The coordinator-on-duty schedule: one coordinator at a time, [starts_at, ends_at).
-- Coordinators are staff, not peer supporters, so they are not rows of the volunteer table.
create table coordinator_duty (
    id              uuid primary key,
    coordinator_id  varchar(100) not null,
    display_name    varchar(100) not null,
    phone           varchar(20)  not null,
    email           varchar(200),
    starts_at       timestamptz  not null,
    ends_at         timestamptz  not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint coordinator_duty_ends_after_start check (ends_at > starts_at)
);
create index coordinator_duty_period on coordinator_duty (starts_at, ends_at);
