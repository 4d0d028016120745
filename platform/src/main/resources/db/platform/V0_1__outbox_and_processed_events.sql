-- Platform tables, the same in every service's database. Service migrations start at V1.

-- Transactional outbox: an event is written in the same transaction as the state it describes,
-- and the relay publishes it to Kafka afterwards.
create table outbox_message (
    id           uuid primary key,            -- the CloudEvent id
    topic        varchar(200)  not null,
    message_key  varchar(200)  not null,      -- the aggregate id: one aggregate's events stay in order
    event_type   varchar(200)  not null,
    payload      text          not null,      -- the whole CloudEvent, structured mode
    created_at   timestamptz   not null,
    published_at timestamptz,
    attempts     integer       not null default 0,
    last_error   text
);
create index outbox_message_pending on outbox_message (created_at, id) where published_at is null;
create index outbox_message_published on outbox_message (published_at) where published_at is not null;

-- Idempotent consumer: a consumer records each event id it processed in the transaction of its effect.
create table processed_event (
    consumer     varchar(200)  not null,
    event_id     uuid          not null,
    event_type   varchar(200)  not null,
    processed_at timestamptz   not null,
    primary key (consumer, event_id)
);
