-- Escalation policies, set by coordinators: per hospital, or 'default' for every other hospital.
-- Without any row the configured koepel.paging.acknowledge-within applies to every step.
create table escalation_policy (
    scope        varchar(100) primary key,
    -- ISO-8601 durations, comma separated: how long step 1, 2, ... waits for an answer;
    -- the last one applies to every later step.
    step_delays  varchar(500) not null,
    -- how many more times the candidates are paged in order after the first round
    repeat_count integer      not null,
    version      bigint       not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200)
);

-- The policy in force when paging started, so a later change does not alter a running escalation.
-- Null for escalations started before policies existed: they keep acknowledge-within.
alter table escalation add column step_delays varchar(500);
alter table escalation add column repeat_count integer not null default 0;

-- Pages count steps (rounds of candidates with repeats), not candidate ranks.
alter table page add column step integer;
update page set step = candidate_rank;
alter table page alter column step set not null;
-- The idempotency key of paging: one step of one referral never pages the same volunteer twice,
-- whatever races or restarts happen in between.
alter table page add constraint page_once_per_step unique (escalation_id, step, volunteer_id);
