-- A rotation: participants take turns, handing off at a local time daily or weekly (see RotationPlan).
create table rota_rotation (
    id              uuid primary key,
    hospital_id     varchar(100) not null,
    name            varchar(100) not null,
    kind            varchar(10)  not null,
    hand_off_time   time         not null,      -- Europe/Brussels wall-clock time
    first_hand_off  date         not null,
    participants    varchar(4000) not null,     -- volunteer ids in turn order, comma-separated
    rank            integer      not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint rota_rotation_kind_known check (kind in ('DAILY', 'WEEKLY')),
    constraint rota_rotation_has_participants check (participants <> ''),
    constraint rota_rotation_rank_positive check (rank >= 1)
);
create index rota_rotation_hospital on rota_rotation (hospital_id);

-- Someone replaces a volunteer for a period: [starts_at, ends_at).
create table rota_override (
    id               uuid primary key,
    hospital_id      varchar(100) not null,
    replaced_id      uuid         not null references volunteer (id),
    replacement_id   uuid         not null references volunteer (id),
    starts_at        timestamptz  not null,
    ends_at          timestamptz  not null,
    created_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint rota_override_ends_after_start check (ends_at > starts_at),
    constraint rota_override_someone_else check (replaced_id <> replacement_id)
);
create index rota_override_on_call on rota_override (hospital_id, starts_at, ends_at);
