-- A person referred to a group from a trajectory, known only by the trajectory id; the group's
-- leaders were told (a notification request) when the next session is.
create table expected_newcomer (
    group_id        uuid        not null references contact_group (id),
    trajectory_id   uuid        not null,
    referred_at     timestamptz not null,
    next_session_id uuid references group_session (id),
    primary key (group_id, trajectory_id)
);
create index expected_newcomer_referred on expected_newcomer (referred_at);
