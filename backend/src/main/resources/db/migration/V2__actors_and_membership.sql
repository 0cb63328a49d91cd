-- Actors (organisations and units), the people in them, join requests, and the audit trail.

-- Technology areas: a moderated vocabulary, seeded with the region's fields.
create table technology_area (
    code     text primary key check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_sv  text not null,
    name_en  text not null
);

insert into technology_area (code, name_sv, name_en) values
    ('ai', 'Artificiell intelligens', 'Artificial intelligence'),
    ('data', 'Data och analys', 'Data and analytics'),
    ('iot', 'Sakernas internet', 'Internet of things'),
    ('cybersecurity', 'Cybersäkerhet', 'Cybersecurity'),
    ('hpc', 'Högpresterande beräkningar', 'High-performance computing'),
    ('xr', 'Förstärkt och virtuell verklighet', 'Extended reality'),
    ('robotics', 'Robotik och autonoma system', 'Robotics and autonomous systems'),
    ('digital-health', 'Digital hälsa', 'Digital health'),
    ('e-government', 'Digital offentlig förvaltning', 'E-government'),
    ('games', 'Spel och interaktiva medier', 'Games and interactive media'),
    ('space', 'Rymd', 'Space'),
    ('energy', 'Energi', 'Energy'),
    ('forest-bioeconomy', 'Skog och bioekonomi', 'Forest and bio-economy'),
    ('mining-industry', 'Gruvor och industri 4.0', 'Mining and industry 4.0'),
    ('smart-city', 'Smarta och hållbara samhällen', 'Smart and sustainable communities'),
    ('software', 'Mjukvaruutveckling', 'Software engineering'),
    ('hci', 'Människa–datorinteraktion', 'Human–computer interaction'),
    ('connectivity', 'Uppkoppling och 5G', 'Connectivity and 5G'),
    ('edtech', 'Digitalt lärande', 'Digital learning');

-- A person is the subject of an access token; name and email are refreshed from each token.
create table person (
    subject     text primary key check (length(subject) between 1 and 255),
    name        text,
    email       text,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create table actor (
    id                 uuid primary key,
    slug               text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               text not null check (length(name) between 2 and 200),
    kind               text not null check (kind in ('COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'PUBLIC_AUTHORITY',
                                                     'SCIENCE_PARK', 'NON_PROFIT', 'INVESTOR', 'OTHER')),
    -- Derived, never written: the sector a kind belongs to.
    sector             text generated always as (case
                           when kind in ('COMPANY', 'INVESTOR', 'SCIENCE_PARK') then 'BUSINESS'
                           when kind in ('UNIVERSITY', 'RESEARCH_INSTITUTE') then 'ACADEMIA'
                           when kind = 'PUBLIC_AUTHORITY' then 'PUBLIC'
                           else 'CIVIL' end) stored,
    org_number         text unique check (org_number ~ '^[0-9]{6}-[0-9]{4}$'),
    description_sv     text check (length(description_sv) <= 10000),
    description_en     text check (length(description_en) <= 10000),
    website            text,
    logo_url           text,
    contact_email      text,
    municipality_code  text references municipality (code),
    latitude           double precision check (latitude between 55.0 and 69.1),
    longitude          double precision check (longitude between 10.9 and 24.2),
    competences        text[] not null default '{}',
    status             text not null default 'PENDING' check (status in ('PENDING', 'ACTIVE', 'SUSPENDED')),
    status_reason      text,
    version            bigint not null default 0,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);
create index actor_status_name_idx on actor (status, lower(name), id);
create index actor_municipality_idx on actor (municipality_code);
create index actor_sector_idx on actor (sector);

create table actor_technology_area (
    actor_id  uuid not null references actor (id) on delete cascade,
    code      text not null references technology_area (code),
    primary key (actor_id, code)
);
create index actor_technology_area_code_idx on actor_technology_area (code);

create table membership (
    actor_id    uuid not null references actor (id) on delete cascade,
    subject     text not null references person (subject),
    role        text not null check (role in ('OWNER', 'EDITOR', 'MEMBER')),
    created_at  timestamptz not null default now(),
    primary key (actor_id, subject)
);
create index membership_subject_idx on membership (subject);

create table join_request (
    id          uuid primary key,
    actor_id    uuid not null references actor (id) on delete cascade,
    subject     text not null references person (subject),
    message     text check (length(message) <= 1000),
    status      text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by  text references person (subject),
    decided_at  timestamptz,
    reason      text,
    created_at  timestamptz not null default now()
);
-- One open request per person and actor.
create unique index join_request_one_pending_idx on join_request (actor_id, subject) where status = 'PENDING';
create index join_request_subject_idx on join_request (subject, status);

-- Who changed what and when. Append-only.
create table audit_entry (
    id           uuid primary key,
    at           timestamptz not null default now(),
    subject      text,
    action       text not null,
    object_type  text not null,
    object_id    text not null,
    summary      jsonb not null default '{}'
);
create index audit_entry_object_idx on audit_entry (object_type, object_id, at desc);
create index audit_entry_subject_idx on audit_entry (subject, at desc);
create index audit_entry_at_idx on audit_entry (at desc, id desc);
