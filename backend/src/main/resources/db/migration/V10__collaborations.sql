-- Collaborations between actors: projects, partnerships, networks... with their participants
-- (invited → accepted), funding, places, knowledge and technology areas, linked resources, and
-- the boundary profile computed from them (CollaborationProfiles) and stored here so that lists
-- filter and facet on it in SQL.

create table collaboration (
    id                     uuid primary key,
    slug                   text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    kind                   text not null check (kind in ('PROJECT', 'PARTNERSHIP', 'NETWORK', 'INNOVATION_CHALLENGE',
                                                         'CONSORTIUM', 'TESTBED_USE')),
    -- How the work stands; independent of who sees it (publication).
    status                 text not null check (status in ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED')),
    publication            text not null default 'DRAFT' check (publication in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    title_sv               text check (length(title_sv) <= 300),
    title_en               text check (length(title_en) <= 300),
    summary_sv             text check (length(summary_sv) <= 1000),
    summary_en             text check (length(summary_en) <= 1000),
    description_sv         text check (length(description_sv) <= 50000),
    description_en         text check (length(description_en) <= 50000),
    start_date             date not null,
    end_date               date,
    website                text check (length(website) <= 2048),
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    published_at           timestamptz,
    -- A takedown lies over the editors' publication, as for resources (V5): restore brings it back.
    taken_down_at          timestamptz,
    takedown_reason        text check (length(takedown_reason) <= 2000),
    taken_down_by          text,
    -- The stored boundary profile (BoundaryRules.profile), refreshed on every change of the
    -- collaboration, its participants, or a participating actor's kind, municipality or status.
    boundary_profile       jsonb,
    boundary_score         smallint not null default 0 check (boundary_score between 0 and 5),
    crosses_sector         boolean not null default false,
    crosses_organisation   boolean not null default false,
    crosses_place          boolean not null default false,
    crosses_knowledge      boolean not null default false,
    crosses_technology     boolean not null default false,
    -- What the filters and facets need from the profile: the participants that count, their
    -- sectors, and the municipalities and counties of participants and places.
    participant_count      integer not null default 0 check (participant_count >= 0),
    profile_sectors        text[] not null default '{}',
    profile_municipalities text[] not null default '{}',
    profile_counties       text[] not null default '{}',
    search                 tsvector generated always as (
                               setweight(to_tsvector('din_sv', coalesce(title_sv, '') || ' ' || coalesce(title_en, '')), 'A') ||
                               setweight(to_tsvector('din_en', coalesce(title_en, '') || ' ' || coalesce(title_sv, '')), 'A') ||
                               setweight(to_tsvector('din_sv', coalesce(summary_sv, '')), 'B') ||
                               setweight(to_tsvector('din_en', coalesce(summary_en, '')), 'B') ||
                               setweight(to_tsvector('din_sv', coalesce(description_sv, '')), 'C') ||
                               setweight(to_tsvector('din_en', coalesce(description_en, '')), 'C')) stored,
    check (title_sv is not null or title_en is not null),
    check (end_date is null or end_date >= start_date),
    check ((taken_down_at is null) = (takedown_reason is null))
);
-- The public list: published, not taken down, newest first.
create index collaboration_public_idx on collaboration (coalesce(published_at, created_at) desc, id desc)
    where publication = 'PUBLISHED' and taken_down_at is null;
create index collaboration_search_idx on collaboration using gin (search);
create index collaboration_sectors_idx on collaboration using gin (profile_sectors);
create index collaboration_municipalities_idx on collaboration using gin (profile_municipalities);
create index collaboration_counties_idx on collaboration using gin (profile_counties);

create table collaboration_participant (
    collaboration_id  uuid not null references collaboration (id) on delete cascade,
    actor_id          uuid not null references actor (id),
    role              text not null check (role in ('LEAD', 'PARTNER', 'FUNDER', 'ASSOCIATE')),
    status            text not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'LEFT')),
    invited_at        timestamptz not null default now(),
    answered_at       timestamptz,
    -- Subjects of the people who invited and answered; shown only in the audit trail.
    invited_by        text,
    answered_by       text,
    primary key (collaboration_id, actor_id),
    -- The lead is always a participant that counts: it never waits for an answer, nor leaves.
    check (role <> 'LEAD' or status = 'ACCEPTED')
);
-- Exactly one lead: at most one here, at least one because create makes it and handing over swaps it.
create unique index collaboration_one_lead_idx on collaboration_participant (collaboration_id) where role = 'LEAD';
create index collaboration_participant_actor_idx on collaboration_participant (actor_id, status);

create table collaboration_sdg (
    collaboration_id  uuid not null references collaboration (id) on delete cascade,
    sdg               smallint not null references sdg (number),
    primary key (collaboration_id, sdg)
);
create index collaboration_sdg_idx on collaboration_sdg (sdg);

create table collaboration_technology_area (
    collaboration_id  uuid not null references collaboration (id) on delete cascade,
    code              text not null references technology_area (code),
    primary key (collaboration_id, code)
);
create index collaboration_technology_area_code_idx on collaboration_technology_area (code);

-- SSIF codes of any level; a code's prefix is its group and area (10210 → 102 → 1), so
-- filtering by a group or an area is a prefix match.
create table collaboration_knowledge_area (
    collaboration_id  uuid not null references collaboration (id) on delete cascade,
    code              text not null references knowledge_area (code),
    primary key (collaboration_id, code)
);
create index collaboration_knowledge_area_code_idx on collaboration_knowledge_area (code text_pattern_ops);

create table collaboration_place (
    collaboration_id   uuid not null references collaboration (id) on delete cascade,
    municipality_code  text not null references municipality (code),
    primary key (collaboration_id, municipality_code)
);

create table collaboration_funding (
    id                uuid primary key,
    collaboration_id  uuid not null references collaboration (id) on delete cascade,
    position          integer not null check (position >= 0),
    funder_actor_id   uuid references actor (id),
    funder_name       text check (length(funder_name) <= 200),
    programme         text check (length(programme) <= 200),
    amount_sek        numeric(15, 0) not null check (amount_sek between 0 and 1000000000000),
    type              text not null check (type in ('PUBLIC', 'PRIVATE')),
    -- A funder is an actor on the platform or a named outside funder, never both.
    check ((funder_actor_id is null) <> (funder_name is null))
);

create table collaboration_resource (
    collaboration_id  uuid not null references collaboration (id) on delete cascade,
    resource_id       uuid not null references resource (id) on delete cascade,
    primary key (collaboration_id, resource_id)
);
create index collaboration_resource_resource_idx on collaboration_resource (resource_id);
