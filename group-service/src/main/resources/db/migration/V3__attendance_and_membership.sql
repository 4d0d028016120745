-- Attendance per session, kept minimal: persons from a trajectory by trajectory id only,
-- family members and professionals by first name or just counted. No notes: nothing said in
-- the group is written down here.
create table session_attendance (
    session_id          uuid primary key references group_session (id),
    group_id            uuid         not null references contact_group (id),
    other_persons       integer      not null check (other_persons >= 0),
    family_count        integer      not null check (family_count >= 0),
    professional_count  integer      not null check (professional_count >= 0),
    recorded_at         timestamptz  not null,
    recorded_by         varchar(200) not null,
    version             bigint       not null default 0
);
create index session_attendance_group on session_attendance (group_id);

create table session_attendee (
    session_id    uuid        not null references session_attendance (session_id) on delete cascade,
    kind          varchar(20) not null,
    trajectory_id uuid,
    first_name    varchar(50),
    check ((kind = 'PERSON' and trajectory_id is not null and first_name is null)
        or (kind <> 'PERSON' and trajectory_id is null and first_name is not null))
);
create index session_attendee_session on session_attendee (session_id);

-- A person from a trajectory who came to the group at least once.
create table group_member (
    group_id         uuid        not null references contact_group (id),
    trajectory_id    uuid        not null,
    first_session_id uuid        not null references group_session (id),
    joined_at        timestamptz not null,
    primary key (group_id, trajectory_id)
);
create index group_member_joined on group_member (joined_at);
