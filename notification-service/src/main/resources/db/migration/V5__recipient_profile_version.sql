-- volunteer.updated.v1 carries the profile's version; events may arrive out of order across
-- partitions or on redelivery, so only a newer version may overwrite. -1: only registered so far.
alter table recipient add column profile_version bigint not null default -1;
