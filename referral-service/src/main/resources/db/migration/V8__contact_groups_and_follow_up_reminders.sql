-- A referral on to a contact group names the group by its id in group-service, explicitly, rather
-- than in the free-text referred_to; a person joining a group is recorded with the same column.
alter table trajectory_step add column contact_group_id uuid;

-- One reminder per trajectory and agreed next-contact date: the primary key is what keeps two
-- instances of the service (or two rounds of one) from both publishing it.
create table follow_up_reminder (
    trajectory_id   uuid        not null references trajectory (id),
    next_contact_on date        not null,
    lapsed_at       timestamptz not null,
    primary key (trajectory_id, next_contact_on)
);
