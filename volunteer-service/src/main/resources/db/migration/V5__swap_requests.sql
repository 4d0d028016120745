-- A volunteer asks that a colleague take their place on a hospital's rota for a period;
-- a coordinator decides, and an approval becomes an override.
create table rota_swap_request (
    id              uuid primary key,
    hospital_id     varchar(100) not null,
    requester_id    uuid         not null references volunteer (id),
    counterpart_id  uuid         not null references volunteer (id),
    starts_at       timestamptz  not null,
    ends_at         timestamptz  not null,
    status          varchar(10)  not null,
    override_id     uuid         references rota_override (id),
    requested_at    timestamptz  not null,
    decided_at      timestamptz,
    decided_by      varchar(100),
    version         bigint       not null default 0,
    constraint rota_swap_ends_after_start check (ends_at > starts_at),
    constraint rota_swap_status_known check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint rota_swap_someone_else check (requester_id <> counterpart_id)
);
create index rota_swap_pending on rota_swap_request (status, requested_at);
