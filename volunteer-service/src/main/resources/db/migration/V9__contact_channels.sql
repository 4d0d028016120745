-- Contact methods a volunteer or coordinator chose (SMS, EMAIL, WEBHOOK, WEB_PUSH, with order and delay),
-- as a JSON array. Null: none chosen, so the phone (SMS) and e-mail are used, as before this migration.
alter table volunteer add column contact_channels text;
alter table coordinator_duty add column contact_channels text;
