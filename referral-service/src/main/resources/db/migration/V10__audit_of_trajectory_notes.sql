-- Reads of a trajectory's notes and free text are audited like reads of the person's contact data:
-- one row per referral of the trajectory, naming the trajectory too.
alter table personal_data_access add column trajectory_id uuid;
