-- Shared schedules: one on-call rota for a group of hospitals (e.g. the small Kempen hospitals at night).
-- Every rota entry now belongs to a schedule: a hospital's own (id derived from the hospital id, as
-- Schedule.of does, so events keep the ids they had) or a shared one (a row in rota_schedule).

-- The id of a hospital's own schedule: Java's UUID.nameUUIDFromBytes('rota:' || hospital), a version 3 uuid
-- (md5 with the version nibble set to 3 and the variant bits to 10). Kept as a function so a test can hold it
-- to the Java derivation.
create function rota_own_schedule_id(hospital text) returns uuid
    language sql immutable strict as $$
    select (substr(h, 1, 12) || '3' || substr(h, 14, 3)
            || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1)
            || substr(h, 18))::uuid
    from (select md5('rota:' || hospital) as h) as digest
$$;

create table rota_schedule (
    id          uuid         primary key,
    name        varchar(100) not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    constraint rota_schedule_name_unique unique (name)
);

-- The hospitals a shared schedule serves. A hospital is in at most one shared schedule, so its on-call answer
-- is always "its own rota, then its shared one" (see HospitalOnCall).
create table rota_schedule_hospital (
    schedule_id uuid         not null references rota_schedule (id),
    hospital_id varchar(100) not null,
    primary key (schedule_id, hospital_id),
    constraint rota_schedule_hospital_once unique (hospital_id)
);

-- hospital_id stays for a hospital's own entries and is null on a shared schedule's.
alter table rota_shift add column schedule_id uuid;
update rota_shift set schedule_id = rota_own_schedule_id(hospital_id);
alter table rota_shift alter column schedule_id set not null, alter column hospital_id drop not null;
create index rota_shift_schedule on rota_shift (schedule_id, starts_at, ends_at);

alter table rota_rotation add column schedule_id uuid;
update rota_rotation set schedule_id = rota_own_schedule_id(hospital_id);
alter table rota_rotation alter column schedule_id set not null, alter column hospital_id drop not null;
create index rota_rotation_schedule on rota_rotation (schedule_id);

alter table rota_override add column schedule_id uuid;
update rota_override set schedule_id = rota_own_schedule_id(hospital_id);
alter table rota_override alter column schedule_id set not null, alter column hospital_id drop not null;
create index rota_override_schedule on rota_override (schedule_id, starts_at, ends_at);

alter table rota_swap_request add column schedule_id uuid;
update rota_swap_request set schedule_id = rota_own_schedule_id(hospital_id);
alter table rota_swap_request alter column schedule_id set not null, alter column hospital_id drop not null;
