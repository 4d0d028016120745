-- An erasure of a linked duplicate names the referral it was asked for in its purpose, after the reason.
alter table personal_data_access alter column purpose type varchar(300);
