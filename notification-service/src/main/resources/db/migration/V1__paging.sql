-- How to reach each peer supporter: a projection of volunteer.events.v1.
create table recipient (
    volunteer_id uuid primary key,
    display_name varchar(200) not null,
    sms_number   varchar(40),
    email        varchar(200),
    updated_at   timestamptz  not null
);

-- One escalation per referral: the candidates in order, and how far paging has come.
create table escalation (
    id              uuid primary key,
    referral_id     uuid         not null unique,
    hospital_id     varchar(100) not null,
    hospital_name   varchar(200) not null,
    er_department   varchar(100),
    er_room         varchar(50),
    language        varchar(2)   not null,
    status          varchar(20)  not null,
    acknowledged_by uuid,
    acknowledged_at timestamptz,
    created_at      timestamptz  not null
);

create table escalation_candidate (
    escalation_id uuid    not null references escalation (id),
    rank          integer not null,
    volunteer_id  uuid    not null,
    primary key (escalation_id, rank)
);

-- One page to one peer supporter. The deadline lives here, so a restart loses no timer.
create table page (
    id                  uuid primary key,
    escalation_id       uuid         not null references escalation (id),
    volunteer_id        uuid         not null,
    candidate_rank      integer      not null,
    status              varchar(20)  not null,
    acknowledge_by      timestamptz  not null,
    delivery_status     varchar(20)  not null,
    delivery_attempts   integer      not null default 0,
    next_delivery_at    timestamptz,
    last_delivery_error text,
    created_at          timestamptz  not null,
    sent_at             timestamptz,
    answered_at         timestamptz
);
create index page_by_escalation on page (escalation_id, candidate_rank);
create index page_awaiting_deadline on page (acknowledge_by) where status = 'AWAITING';
create index page_delivery_due on page (next_delivery_at) where delivery_status = 'PENDING';
