-- Organisations that may refer people. The id is the `org` claim in their tokens.
create table referring_organisation (
    id     varchar(100) primary key,
    name   varchar(200) not null,
    type   varchar(30)  not null check (type in ('HOSPITAL', 'GP', 'OCMW', 'CAW', 'DRUG_SERVICE', 'JUSTICE', 'OTHER')),
    active boolean      not null default true
);

-- A referral and the minimum personal data a peer needs to make contact. No national register number.
create table referral (
    id                    uuid primary key,
    organisation_id       varchar(100) not null references referring_organisation (id),
    channel               varchar(20)  not null,
    urgency               varchar(20)  not null,
    status                varchar(30)  not null,
    er_department         varchar(100),
    er_room               varchar(50),
    person_first_name     varchar(100) not null,
    person_phone          varchar(30)  not null,
    person_language       varchar(2)   not null,
    consent_to_contact    boolean      not null,
    received_at           timestamptz  not null,
    assigned_volunteer_id uuid,
    assigned_at           timestamptz,
    version               bigint       not null default 0
);
create index referral_by_organisation on referral (organisation_id, received_at desc);

-- Who read a person's personal data, when and why.
create table personal_data_access (
    id          uuid primary key,
    referral_id uuid         not null references referral (id),
    accessed_by varchar(200) not null,
    role        varchar(50)  not null,
    purpose     varchar(200) not null,
    accessed_at timestamptz  not null
);
create index personal_data_access_by_referral on personal_data_access (referral_id, accessed_at);
