-- Partner organisations subscribe a webhook to the pseudonymised trajectory events their
-- consent-named persons produce. The secret signs each delivery (HMAC-SHA256).
create table partner_subscription (
    id                   uuid primary key,
    partner_id           varchar(100)  not null,
    url                  varchar(2000) not null,
    secret               varchar(200)  not null,
    active               boolean       not null default true,
    consecutive_failures integer       not null default 0,
    disabled_at          timestamptz,
    created_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index partner_subscription_by_partner on partner_subscription (partner_id);

-- One event for one subscription, with its attempts: the delivery log partners can look at.
create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid         not null references partner_subscription (id) on delete cascade,
    event_id         uuid         not null,
    event_type       varchar(100) not null,
    payload          text         not null,
    status           varchar(20)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    last_status_code integer,
    last_error       varchar(500),
    created_at       timestamptz  not null,
    delivered_at     timestamptz
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_by_subscription on webhook_delivery (subscription_id, created_at desc);
