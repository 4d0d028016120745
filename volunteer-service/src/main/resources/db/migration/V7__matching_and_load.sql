-- One row per referral that got a peer, however (page acknowledged, coordinator, auto-assignment):
-- a volunteer's load is their open rows, and FAIR_SPREAD counts their recent ones. The referral id as key
-- makes a second assignment of the same referral (a redelivered or duplicate event) a no-op.
-- No foreign key to volunteer: an event may name a volunteer before or after this service knows them.
create table assignment (
    referral_id   uuid         primary key,
    volunteer_id  uuid         not null,
    assigned_by   varchar(100) not null,      -- 'page', a coordinator's user id, or 'auto'
    assigned_at   timestamptz  not null,
    closed_at     timestamptz                 -- set while the trajectory is closed; cleared when it reopens
);
create index assignment_open on assignment (volunteer_id) where closed_at is null;
create index assignment_recent on assignment (volunteer_id, assigned_at);

-- What matching keeps of a non-ER referral (referral.received.v2): no name, no contact details.
create table matching_referral (
    referral_id            uuid         primary key,
    channel                varchar(20)  not null,
    urgency                varchar(10)  not null,
    organisation_id        varchar(100) not null,
    organisation_name      varchar(200),
    organisation_type      varchar(20),
    language               varchar(2),
    preferred_peer_gender  varchar(20),
    age_band               varchar(10),
    municipality           varchar(100),
    substances             varchar(300) not null default '',
    received_at            timestamptz  not null,
    recorded_at            timestamptz  not null
);
