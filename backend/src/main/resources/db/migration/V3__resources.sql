-- The resource catalogue: knowledge and innovation resources published by actors, their event
-- occurrences, and full-text search in Swedish and English.

create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

-- unaccent() is only STABLE (it finds its dictionary through search_path); indexes need an
-- IMMUTABLE function, and PostgreSQL 17 builds indexes with an empty search_path: name the
-- schema of everything.
create function din_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- array_to_string() is only STABLE in general; on text[] it is immutable, which generated
-- columns need.
create function din_join(text[]) returns text
    language sql immutable parallel safe
    as $$ select coalesce(array_to_string($1, ' '), '') $$;

-- Search snippets are HTML with <mark>: the text around the marks must be escaped first.
create function din_html_escape(text) returns text
    language sql immutable parallel safe strict
    as $$ select replace(replace(replace(replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') $$;

-- Stemming on accent-free words, so "testbäddar" and "testbadd" meet at the same stem.
create text search configuration din_sv (copy = swedish);
alter text search configuration din_sv
    alter mapping for hword, hword_part, word with unaccent, swedish_stem;
create text search configuration din_en (copy = english);
alter text search configuration din_en
    alter mapping for hword, hword_part, word with unaccent, english_stem;

create table resource (
    id                     uuid primary key,
    slug                   text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    actor_id               uuid not null references actor (id),
    kind                   text not null check (kind in ('EVENT', 'MEETING_PLACE', 'HORIZON_SCAN', 'RESEARCH_RESULT', 'EDUCATION',
                                                         'PROJECT_OFFICE', 'BUSINESS_DEVELOPMENT_UNIT', 'LAB', 'TESTBED', 'SEMINAR_SERIES')),
    family                 text generated always as (case
                               when kind in ('EVENT', 'MEETING_PLACE', 'HORIZON_SCAN', 'RESEARCH_RESULT', 'EDUCATION') then 'KNOWLEDGE'
                               else 'INNOVATION' end) stored,
    status                 text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    title_sv               text check (length(title_sv) <= 300),
    title_en               text check (length(title_en) <= 300),
    summary_sv             text check (length(summary_sv) <= 1000),
    summary_en             text check (length(summary_en) <= 1000),
    body_sv                text check (length(body_sv) <= 50000),
    body_en                text check (length(body_en) <= 50000),
    language               text not null default 'sv' check (language in ('sv', 'en')),
    tags                   text[] not null default '{}',
    municipality_code      text references municipality (code),
    latitude               double precision check (latitude between 55.0 and 69.1),
    longitude              double precision check (longitude between 10.9 and 24.2),
    links                  jsonb not null default '[]',
    contact                jsonb,
    -- Kind-specific fields nobody filters or sorts on; those that are filtered are columns below.
    details                jsonb not null default '{}',
    -- EVENT: the first occurrence, in the event's own time zone; later ones are in event_occurrence.
    starts_at              timestamptz,
    ends_at                timestamptz,
    time_zone              text,
    all_day                boolean,
    rrule                  text,
    event_status           text check (event_status in ('SCHEDULED', 'CANCELLED', 'POSTPONED')),
    attendance_mode        text check (attendance_mode in ('OFFLINE', 'ONLINE', 'MIXED')),
    -- LAB, TESTBED
    access_condition       text check (access_condition in ('OPEN', 'MEMBERS', 'BY_AGREEMENT')),
    trl_min                smallint check (trl_min between 1 and 9),
    trl_max                smallint check (trl_max between 1 and 9),
    version                bigint not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    published_at           timestamptz,
    search                 tsvector generated always as (
                               setweight(to_tsvector('din_sv', coalesce(title_sv, '') || ' ' || coalesce(title_en, '')), 'A') ||
                               setweight(to_tsvector('din_en', coalesce(title_en, '') || ' ' || coalesce(title_sv, '')), 'A') ||
                               setweight(to_tsvector('din_sv', coalesce(summary_sv, '') || ' ' || din_join(tags)), 'B') ||
                               setweight(to_tsvector('din_en', coalesce(summary_en, '') || ' ' || din_join(tags)), 'B') ||
                               setweight(to_tsvector('din_sv', coalesce(body_sv, '')), 'C') ||
                               setweight(to_tsvector('din_en', coalesce(body_en, '')), 'C')) stored,
    check (title_sv is not null or title_en is not null),
    check ((latitude is null) = (longitude is null)),
    check (trl_min is null or trl_max is null or trl_min <= trl_max),
    check (ends_at is null or starts_at is null or ends_at >= starts_at),
    check (kind <> 'EVENT' or (starts_at is not null and ends_at is not null and time_zone is not null))
);
create index resource_status_kind_idx on resource (status, kind);
create index resource_actor_idx on resource (actor_id);
create index resource_municipality_idx on resource (municipality_code);
create index resource_search_idx on resource using gin (search);
create index resource_title_trgm_idx on resource using gin (din_unaccent(lower(coalesce(title_sv, '') || ' ' || coalesce(title_en, ''))) public.gin_trgm_ops);
create index resource_tags_idx on resource using gin (tags);

create table resource_co_organiser (
    resource_id  uuid not null references resource (id) on delete cascade,
    actor_id     uuid not null references actor (id),
    primary key (resource_id, actor_id)
);
create index resource_co_organiser_actor_idx on resource_co_organiser (actor_id);

create table resource_technology_area (
    resource_id  uuid not null references resource (id) on delete cascade,
    code         text not null references technology_area (code),
    primary key (resource_id, code)
);
create index resource_technology_area_code_idx on resource_technology_area (code);

create table resource_sdg (
    resource_id  uuid not null references resource (id) on delete cascade,
    sdg          smallint not null references sdg (number),
    primary key (resource_id, sdg)
);
create index resource_sdg_idx on resource_sdg (sdg);

-- Every occurrence of an event, recurring or not, expanded from its RRULE in its time zone.
create table event_occurrence (
    resource_id  uuid not null references resource (id) on delete cascade,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    primary key (resource_id, starts_at),
    check (ends_at >= starts_at)
);
create index event_occurrence_starts_idx on event_occurrence (starts_at);

-- Actors are found by the same search: a tsvector and a trigram index of their own.
alter table actor add column search tsvector generated always as (
    setweight(to_tsvector('din_sv', name), 'A') ||
    setweight(to_tsvector('din_sv', coalesce(description_sv, '') || ' ' || din_join(competences)), 'C') ||
    setweight(to_tsvector('din_en', coalesce(description_en, '') || ' ' || din_join(competences)), 'C')) stored;
create index actor_search_idx on actor using gin (search);
create index actor_name_trgm_idx on actor using gin (din_unaccent(lower(name)) public.gin_trgm_ops);
