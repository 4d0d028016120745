-- A trajectory is what happens after one or more referrals of the same person. Its public id is
-- what partners see; it is not the referral id and not the trajectory's own id.
create table trajectory (
    id           uuid primary key,
    public_id    uuid        not null unique,
    state        varchar(30) not null,
    opened_at    timestamptz not null,
    closed_at    timestamptz,
    close_reason varchar(30),
    version      bigint      not null default 0
);

alter table referral
    add column trajectory_id           uuid,
    -- A referral linked to a trajectory that was already open: the coordinator checks it.
    add column flagged_for_coordinator boolean not null default false,
    add column flag_reason             varchar(300);

-- Referrals from before trajectories existed each get their own.
update referral set trajectory_id = gen_random_uuid();
insert into trajectory (id, public_id, state, opened_at)
select trajectory_id, gen_random_uuid(),
       case status when 'PEER_ASSIGNED' then 'PEER_ASSIGNED' else 'RECEIVED' end,
       received_at
from referral;
alter table referral alter column trajectory_id set not null;
alter table referral add constraint referral_trajectory foreign key (trajectory_id) references trajectory (id);
create index referral_by_trajectory on referral (trajectory_id);
create index referral_by_phone_key on referral (person_phone_key);
create index referral_by_identity_key on referral (person_identity_key);
create index referral_flagged on referral (received_at desc) where flagged_for_coordinator;

-- Idempotency-Key headers and external references seen per organisation, with a fingerprint of
-- the body, so that a repeat returns the original and a different body under the same key is refused.
create table referral_idempotency (
    organisation_id varchar(100) not null,
    kind            varchar(20)  not null check (kind in ('IDEMPOTENCY_KEY', 'EXTERNAL_REFERENCE')),
    key_value       varchar(200) not null,
    request_hash    varchar(64)  not null,
    referral_id     uuid         not null references referral (id) on delete cascade,
    created_at      timestamptz  not null,
    primary key (organisation_id, kind, key_value)
);
