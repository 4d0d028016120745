create table contact_group (
    id           uuid primary key,
    name         varchar(200) not null,
    municipality varchar(100) not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);
create index contact_group_municipality on contact_group (municipality, name);
