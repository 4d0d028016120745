-- Set by the volunteer: when they are usually available each week, and the periods they are not.
create table volunteer_weekly_slot (
    id            uuid primary key,
    volunteer_id  uuid     not null references volunteer (id),
    day_of_week   integer  not null,             -- ISO: 1 Monday .. 7 Sunday
    from_time     time     not null,             -- Europe/Brussels wall-clock time
    to_time       time     not null,
    constraint volunteer_weekly_slot_day check (day_of_week between 1 and 7),
    constraint volunteer_weekly_slot_order check (to_time > from_time)
);
create index volunteer_weekly_slot_volunteer on volunteer_weekly_slot (volunteer_id);

-- Whole local days, both inclusive: a holiday, a bad week.
create table volunteer_blackout (
    id            uuid primary key,
    volunteer_id  uuid         not null references volunteer (id),
    starts_on     date         not null,
    ends_on       date         not null,
    note          varchar(200),
    constraint volunteer_blackout_order check (ends_on >= starts_on)
);
create index volunteer_blackout_volunteer on volunteer_blackout (volunteer_id, starts_on);
