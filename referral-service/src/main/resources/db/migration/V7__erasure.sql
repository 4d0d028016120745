-- Erasure (on request, or after the retention period) removes the person's personal data and keeps
-- what the anonymous statistics need: channel, organisation, substance, age band, municipality, times.
alter table referral
    alter column person_first_name drop not null,
    alter column person_phone drop not null,
    add column personal_data_erased_at timestamptz;
create index referral_not_erased on referral (trajectory_id) where personal_data_erased_at is null;
