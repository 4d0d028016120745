-- The peer who guides the trajectory; set by the first page acknowledgement of one of its referrals.
alter table trajectory add column assigned_volunteer_id uuid;
update trajectory t set assigned_volunteer_id = r.assigned_volunteer_id
from referral r where r.trajectory_id = t.id and r.assigned_volunteer_id is not null;

-- Every step and every change of a trajectory: who, when, what. Never updated, only added to.
create table trajectory_step (
    id             uuid primary key,
    trajectory_id  uuid         not null references trajectory (id),
    type           varchar(30)  not null,
    outcome        varchar(30),
    options        varchar(300),
    referred_to    varchar(100),
    next_contact_on date,
    reason         varchar(500),
    -- The peer's own notes: for the peer and coordinators, never for referrers or partners.
    note           varchar(2000),
    state_after    varchar(30)  not null,
    recorded_by    varchar(200) not null,
    recorded_role  varchar(50)  not null,
    occurred_at    timestamptz  not null,
    recorded_at    timestamptz  not null
);
create index trajectory_step_by_trajectory on trajectory_step (trajectory_id, recorded_at);
