-- Safety net: every urgent ER referral is watched until candidates arrive. If none have arrived
-- by due_at, the coordinator on duty is alerted: an ER referral is never silently dropped.
create table er_watch (
    referral_id   uuid primary key,
    hospital_id   varchar(100),
    hospital_name varchar(200),
    er_department varchar(100),
    er_room       varchar(50),
    language      varchar(2),
    due_at        timestamptz not null,
    resolved_at   timestamptz,
    -- CANDIDATES_ARRIVED or COORDINATOR_ALERTED
    outcome       varchar(30)
);
create index er_watch_due on er_watch (due_at) where resolved_at is null;

-- What the coordinator on duty was told, delivered like a page: claimed, sent, retried.
create table coordinator_alert (
    id                  uuid primary key,
    referral_id         uuid         not null,
    -- NO_CANDIDATES or EXHAUSTED
    reason              varchar(30)  not null,
    text                text         not null,
    delivery_status     varchar(20)  not null,
    delivery_attempts   integer      not null default 0,
    next_delivery_at    timestamptz,
    last_delivery_error text,
    created_at          timestamptz  not null,
    sent_at             timestamptz,
    -- a referral alerts the coordinator at most once per reason, whatever is redelivered
    constraint coordinator_alert_once unique (referral_id, reason)
);
create index coordinator_alert_due on coordinator_alert (next_delivery_at) where delivery_status = 'PENDING';
