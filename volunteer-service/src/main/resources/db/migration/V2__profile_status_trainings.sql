-- The full profile. Defaults keep volunteers registered before this migration pageable as they were:
-- they were registered as active peer supporters.
alter table volunteer
    add column gender               varchar(20),
    add column age_band             varchar(10),
    add column lived_experience     varchar(300)  not null default '',   -- substance categories, comma-separated
    add column recovery_since       date,
    add column municipalities       varchar(2000) not null default '',
    add column hospitals            varchar(2000) not null default '',   -- organisation ids served
    add column max_trajectories     integer       not null default 3,
    add column status               varchar(20)   not null default 'ACTIVE',
    add column paused_until         date,
    add column backup_organisation  varchar(200),
    add column backup_contact_name  varchar(100),
    add column backup_phone         varchar(20),
    add column backup_email         varchar(200),
    add column updated_at           timestamptz,
    add constraint volunteer_status_known check (status in ('CANDIDATE', 'ACTIVE', 'PAUSED', 'RETIRED')),
    add constraint volunteer_paused_has_until check ((status = 'PAUSED') = (paused_until is not null)),
    add constraint volunteer_max_trajectories_sane check (max_trajectories >= 0);

-- A completed training, valid from completed_on until (not including) expires_on.
create table volunteer_training (
    id            uuid primary key,
    volunteer_id  uuid         not null references volunteer (id),
    type          varchar(40)  not null,
    hospital_id   varchar(100),                 -- only for a hospital induction
    completed_on  date         not null,
    expires_on    date         not null,
    recorded_at   timestamptz  not null,
    constraint volunteer_training_expires_after_completion check (expires_on > completed_on)
);
create index volunteer_training_volunteer on volunteer_training (volunteer_id);
