-- Which self-help group a peer offered (options offered: SELF_HELP_GROUP), and the name of one
-- that is not among the known ones. History only: the public event keeps the category alone.
alter table trajectory_step add column self_help_group varchar(30);
alter table trajectory_step add column self_help_group_name varchar(100);
