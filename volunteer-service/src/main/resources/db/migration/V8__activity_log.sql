-- What a volunteer did, for recognition and the volunteer insurance report: bedside visits and group
-- sessions led. One entry per volunteer, kind and source, so a redelivered event adds nothing.
create table activity_entry (
    id            uuid         primary key,
    volunteer_id  uuid         not null,
    kind          varchar(20)  not null,
    source_id     uuid         not null,      -- a group session's id; for a visit, derived from trajectory and time
    title         varchar(200),               -- the group's name, for a session
    starts_at     timestamptz  not null,
    ends_at       timestamptz,
    recorded_at   timestamptz  not null,      -- for sessions the event's recordedAt: the latest per session wins
    constraint activity_entry_kind_known check (kind in ('BEDSIDE_VISIT', 'GROUP_SESSION')),
    constraint activity_entry_once unique (volunteer_id, kind, source_id)
);
create index activity_entry_volunteer on activity_entry (volunteer_id, starts_at);
