-- A group's full description: venue, meeting pattern (local wall-clock time), method, status.
alter table contact_group
    add column venue_name          varchar(200),
    add column venue_address       varchar(300),
    add column venue_accessibility varchar(1000),
    add column method              varchar(50) not null default 'PIKASOL',
    add column capacity            integer check (capacity >= 0),
    add column status              varchar(20) not null default 'ACTIVE',
    add column pattern_weekday     varchar(10),
    add column pattern_weeks       varchar(20),
    add column pattern_start_time  time,
    add column pattern_end_time    time,
    add column pattern_starts_on   date,
    add column pattern_until       date;

-- Leaders are volunteers, known here only by their id.
create table contact_group_leader (
    group_id     uuid not null references contact_group (id) on delete cascade,
    volunteer_id uuid not null,
    primary key (group_id, volunteer_id)
);
create index contact_group_leader_volunteer on contact_group_leader (volunteer_id);

create table contact_group_partner (
    group_id     uuid         not null references contact_group (id) on delete cascade,
    organisation varchar(200) not null,
    contact      varchar(300)
);
create index contact_group_partner_group on contact_group_partner (group_id);

create table contact_group_welcome (
    group_id uuid        not null references contact_group (id) on delete cascade,
    audience varchar(20) not null,
    primary key (group_id, audience)
);

create table contact_group_language (
    group_id uuid        not null references contact_group (id) on delete cascade,
    language varchar(10) not null,
    primary key (group_id, language)
);

-- Groups that existed before welcomed everyone, as the network's groups do.
insert into contact_group_welcome (group_id, audience)
select id, audience from contact_group cross join (values ('PERSONS'), ('FAMILY'), ('PROFESSIONALS')) as a (audience);

create table group_session (
    id           uuid primary key,
    group_id     uuid         not null references contact_group (id),
    pattern_date date,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    status       varchar(20)  not null,
    moved        boolean      not null default false,
    reason       varchar(500),
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    check (ends_at > starts_at)
);
-- one session per pattern day: generating twice, or concurrently, never doubles a meeting
create unique index group_session_pattern_day on group_session (group_id, pattern_date);
create index group_session_group_start on group_session (group_id, starts_at);
create index group_session_start on group_session (starts_at);
