-- Gaps in the rota already announced (rota.gap-detected.v1): the id is derived from schedule and period,
-- so a later scan that finds the same gap does not announce it again.
create table rota_gap_report (
    gap_id        uuid         primary key,
    schedule_id   uuid         not null,
    starts_at     timestamptz  not null,
    ends_at       timestamptz  not null,
    reported_at   timestamptz  not null
);
