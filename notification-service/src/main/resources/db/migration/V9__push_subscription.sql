-- A volunteer's browser that subscribed to web push (the PushSubscription of the Push API): where the
-- push service takes messages for it, and the keys its payload is encrypted with (RFC 8291). A phone
-- and a laptop are two rows; a page goes to each. A subscription the push service calls gone (404/410)
-- is deleted.
create table push_subscription (
    id              uuid primary key,
    volunteer_id    uuid          not null,
    -- a capability URL at the push service; whoever knows it can push to the browser, so it is shown to nobody
    endpoint        varchar(2000) not null,
    -- the browser's ECDH P-256 public key (65 bytes, uncompressed) and auth secret (16 bytes), base64url
    p256dh          varchar(120)  not null,
    auth            varchar(40)   not null,
    created_at      timestamptz   not null,
    last_success_at timestamptz,
    last_failure_at timestamptz,
    last_failure    text,
    constraint push_subscription_endpoint_once unique (endpoint)
);
create index push_subscription_by_volunteer on push_subscription (volunteer_id);
