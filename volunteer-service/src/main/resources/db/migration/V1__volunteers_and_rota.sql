-- The pool of peer supporters. Contact details live here because paging needs them;
-- they leave this service only in volunteer.registered.v1, for notification-service.
create table volunteer (
    id            uuid primary key,
    display_name  varchar(100) not null,
    phone         varchar(20)  not null,
    email         varchar(200),
    languages     varchar(200) not null,      -- ISO 639-1 codes, comma-separated, in the volunteer's order
    registered_at timestamptz  not null,
    version       bigint       not null default 0
);
create index volunteer_display_name on volunteer (display_name, id);

-- One on-call shift of one volunteer for one hospital: [starts_at, ends_at).
create table rota_shift (
    id           uuid primary key,
    volunteer_id uuid         not null references volunteer (id),
    hospital_id  varchar(100) not null,
    starts_at    timestamptz  not null,
    ends_at      timestamptz  not null,
    rank         integer      not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint rota_shift_ends_after_start check (ends_at > starts_at),
    constraint rota_shift_rank_positive check (rank >= 1)
);
create index rota_shift_on_call on rota_shift (hospital_id, starts_at, ends_at);
create index rota_shift_volunteer on rota_shift (volunteer_id);
