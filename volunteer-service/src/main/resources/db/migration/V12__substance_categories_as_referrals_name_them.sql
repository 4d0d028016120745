-- Lived experience had substance names of its own; referrals name the TDI-based categories of the
-- intake. One vocabulary, so that matching compares like with like: rename the stored codes
-- (comma-separated lists; wrapped in commas so that only whole codes are replaced).
update volunteer set lived_experience = trim(both ',' from
        replace(replace(replace(replace(',' || lived_experience || ',',
            ',OPIOIDS,', ',OPIATES,'), ',AMPHETAMINES,', ',OTHER_STIMULANTS,'),
            ',SEDATIVES,', ',MEDICATION,'), ',GAMBLING,', ',GAMBLING_GAMING,'))
    where lived_experience <> '';

update matching_referral set substances = trim(both ',' from
        replace(replace(replace(replace(',' || substances || ',',
            ',OPIOIDS,', ',OPIATES,'), ',AMPHETAMINES,', ',OTHER_STIMULANTS,'),
            ',SEDATIVES,', ',MEDICATION,'), ',GAMBLING,', ',GAMBLING_GAMING,'))
    where substances <> '';
