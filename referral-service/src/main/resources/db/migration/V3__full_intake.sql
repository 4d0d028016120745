-- The full intake body: referrer, more about the person (an age band, never a birth date),
-- situation, preferences, family contacts and consent to share with named partners.
alter table referral
    add column external_reference         varchar(100),
    add column referrer_name              varchar(100),
    add column referrer_function          varchar(100),
    add column referrer_phone             varchar(30),
    add column person_last_name           varchar(100),
    add column person_gender              varchar(10),
    add column person_age_band            varchar(10),
    add column person_municipality        varchar(100),
    -- Keys to recognise the same person again (duplicate-person detection). Personal data:
    -- erased together with the rest of it.
    add column person_phone_key           varchar(30),
    add column person_identity_key        varchar(64),
    add column main_substance             varchar(30),
    add column secondary_substance        varchar(30),
    add column er_intoxication            boolean,
    add column er_expected_discharge_at   timestamptz,
    add column preferred_peer_gender      varchar(20),
    add column preferred_language         varchar(2),
    add column consent_share_with_partners boolean not null default false;

create table referral_family_contact (
    referral_id uuid         not null references referral (id) on delete cascade,
    position    integer      not null,
    name        varchar(100) not null,
    relation    varchar(50)  not null,
    phone       varchar(30)  not null,
    primary key (referral_id, position)
);

-- The partners the person agreed to share a pseudonymised trajectory with.
create table referral_sharing_partner (
    referral_id uuid         not null references referral (id) on delete cascade,
    partner_id  varchar(100) not null,
    primary key (referral_id, partner_id)
);

-- Self- and family referrals are entered by the network's coordinators, whose tokens carry this organisation.
insert into referring_organisation (id, name, type) values ('koepel', 'Koepel netwerk (coördinatie)', 'OTHER');
