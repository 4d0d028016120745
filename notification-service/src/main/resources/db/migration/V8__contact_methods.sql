-- Each volunteer's contact methods in their order (GoAlert's notification rules): position 0 first,
-- each tried delay_seconds after the previous one while the page is not answered.
create table recipient_method (
    volunteer_id  uuid         not null,
    position      integer      not null,
    -- SMS, EMAIL, WEBHOOK or WEB_PUSH, as volunteer-service publishes them
    channel       varchar(20)  not null,
    address       varchar(500) not null,
    delay_seconds integer      not null,
    primary key (volunteer_id, position)
);
-- Volunteers known before methods were kept: every address at once, as before.
insert into recipient_method (volunteer_id, position, channel, address, delay_seconds)
select volunteer_id, 0, 'SMS', sms_number, 0 from recipient where sms_number is not null;
insert into recipient_method (volunteer_id, position, channel, address, delay_seconds)
select volunteer_id, 1, 'EMAIL', email, 0 from recipient where email is not null;
insert into recipient_method (volunteer_id, position, channel, address, delay_seconds)
select volunteer_id, 2, 'WEBHOOK', webhook_url, 0 from recipient where webhook_url is not null;

-- One contact method of one page, delivered like a page was before: claimed, sent, retried. A page
-- fixes its methods once, when it first goes out; the unique key keeps a method from being sent twice.
create table page_delivery (
    id                  uuid primary key,
    page_id             uuid         not null references page (id),
    position            integer      not null,
    channel             varchar(20)  not null,
    address             varchar(500) not null,
    -- the page's creation plus the delays of this and every earlier method; a failover brings it forward
    due_at              timestamptz  not null,
    -- PENDING, SENDING, SENT, DELIVERED, FAILED, or SKIPPED: the page was answered or its step ended first
    delivery_status     varchar(20)  not null,
    delivery_attempts   integer      not null default 0,
    next_delivery_at    timestamptz,
    last_delivery_error text,
    created_at          timestamptz  not null,
    sent_at             timestamptz,
    gateway_message_id  varchar(100),
    delivered_at        timestamptz,
    constraint page_delivery_once unique (page_id, channel, address)
);
create index page_delivery_method_due on page_delivery (next_delivery_at) where delivery_status = 'PENDING';
create index page_delivery_method_by_page on page_delivery (page_id, position);
create index page_delivery_method_by_gateway_message on page_delivery (gateway_message_id) where gateway_message_id is not null;
