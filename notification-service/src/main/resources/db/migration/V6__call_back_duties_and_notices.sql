-- The referring hospital's call-back contact (peer-candidates.proposed.v2): told when nobody could be found.
alter table escalation add column call_back_phone varchar(40);
alter table escalation add column call_back_function varchar(200);

-- An alert goes to the coordinator on duty unless it names a phone of its own (the hospital's call-back).
alter table coordinator_alert add column recipient_phone varchar(40);

-- The coordinator rota from volunteer.events.v1 (coordinator-duty.scheduled.v1), kept by duty id;
-- a duty scheduled later replaces an earlier version of the same duty.
create table coordinator_duty (
    duty_id        uuid primary key,
    coordinator_id varchar(200) not null,
    display_name   varchar(200) not null,
    sms_number     varchar(40),
    email          varchar(200),
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    scheduled_at   timestamptz  not null
);
create index coordinator_duty_period on coordinator_duty (starts_at, ends_at);

-- Non-urgent notifications (routine assignment, newcomers, rota, gaps, lapsed follow-ups). Held
-- until due_at (quiet hours end, the day before a shift), delivered like pages: claimed, sent, retried.
create table notice (
    id                  uuid primary key,
    -- what makes two notices the same one: redelivered or repeated events never notify twice
    dedupe_key          varchar(300) not null unique,
    kind                varchar(40)  not null,
    -- null: the coordinator on duty
    volunteer_id        uuid,
    text                text         not null,
    delivery_status     varchar(20)  not null,
    delivery_attempts   integer      not null default 0,
    next_delivery_at    timestamptz,
    last_delivery_error text,
    created_at          timestamptz  not null,
    sent_at             timestamptz
);
create index notice_due on notice (next_delivery_at) where delivery_status = 'PENDING';
create index notice_by_volunteer on notice (volunteer_id, kind) where delivery_status = 'PENDING';

-- The latest shift list per volunteer (volunteer.shifts-changed.v1): a newer changedAt wins.
create table volunteer_shifts (
    volunteer_id uuid primary key,
    changed_at   timestamptz not null
);
