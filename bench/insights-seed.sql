-- Seed data of bench/insights.sh: an ecosystem of the size issue 12 names (5,000 actors, 50,000
-- resources, 20,000 public collaborations with 2-6 accepted participants each), set-based
-- (generate_series) and deterministic (hashes of the row number, never random()), within every
-- CHECK of the migrations. Rows written here bypass the API, so the stored boundary profile of each
-- collaboration (CollaborationProfiles / BoundaryRules) is computed here too, by the same rules.
--
--   psql -v actors=5000 -v resources=50000 -v collaborations=20000 -f bench/insights-seed.sql
--
-- The shape is meant to look like a regional ecosystem, not like uniform noise:
-- - a few hubs: the first 40 actors are universities, research institutes, public authorities and
--   science parks, and participants are drawn with a skew (actor number ~ N * u^2), so hubs sit in
--   hundreds of collaborations and most companies in a handful; every actor still takes part in some,
--   so the network has about as many nodes as there are actors;
-- - places: the municipalities of Västerbotten and Norrbotten (Umeå, Luleå and Skellefteå most
--   often) and a few elsewhere in Sweden; 85 % of actors have a location near their municipality;
-- - time: actors joined over four years, resources published over three, collaborations start from
--   2021 to half a year ahead (so the monthly series have values in every month);
-- - vocabularies: 1-3 technology areas, SDGs and SSIF codes each (subjects and groups).
-- Everything of its own (a hash function and a table of places) lives in the schema "bench".

\set ON_ERROR_STOP on
set synchronous_commit = off;

create schema bench;

-- A non-negative 63-bit hash of (row number, salt): the seed's only source of "randomness".
create function bench.h(i bigint, salt int) returns bigint
    language sql immutable parallel safe
    return hashint8extended(i, salt) & 9223372036854775807;
-- A number in [0, 1) from the same hash.
create function bench.u(i bigint, salt int) returns double precision
    language sql immutable parallel safe
    return (hashint8extended(i, salt) & 9223372036854775807)::double precision / 9223372036854775807::double precision;
-- A deterministic UUID for (what, n).
create function bench.id(what text, n bigint) returns uuid
    language sql immutable parallel safe
    return md5('bench-insights-' || what || '-' || n)::uuid;

-- Places with a point (the town), repeated by weight: picking uniformly from the array weighs them.
create table bench.place (code text primary key, weight int not null, lat double precision not null, lon double precision not null);
insert into bench.place values
  ('2480', 12, 63.826, 20.263), ('2482', 5, 64.750, 20.950), ('2481', 1, 64.596, 18.673), ('2462', 1, 64.624, 16.655),
  ('2421', 1, 65.096, 17.113), ('2404', 1, 64.201, 19.719), ('2460', 1, 63.908, 19.752), ('2401', 1, 63.568, 19.503),
  ('2409', 1, 64.192, 20.848), ('2580', 6, 65.584, 22.155), ('2581', 3, 65.317, 21.480), ('2582', 2, 65.825, 21.689),
  ('2584', 2, 67.856, 20.225), ('2523', 1, 67.134, 20.659), ('2583', 1, 65.836, 24.136), ('0180', 2, 59.329, 18.069),
  ('1480', 1, 57.709, 11.974), ('0380', 1, 59.859, 17.639), ('2281', 1, 62.391, 17.307), ('2380', 1, 63.179, 14.636),
  ('2284', 1, 63.291, 18.716);

create table bench.vocab as select
  (select array_agg(code order by code, n) from bench.place, generate_series(1, weight) n) as places,
  (select array_agg(code order by code) from technology_area) as tech,
  -- SSIF groups and subjects (areas alone are rare choices)
  (select array_agg(code order by code) from knowledge_area where level <> 'AREA') as ssif,
  array['COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY',
        'COMPANY', 'COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'PUBLIC_AUTHORITY', 'PUBLIC_AUTHORITY',
        'PUBLIC_AUTHORITY', 'SCIENCE_PARK', 'NON_PROFIT', 'NON_PROFIT', 'NON_PROFIT', 'INVESTOR', 'OTHER'] as kinds,
  array['UNIVERSITY', 'RESEARCH_INSTITUTE', 'PUBLIC_AUTHORITY', 'PUBLIC_AUTHORITY', 'SCIENCE_PARK'] as hub_kinds,
  -- resource kinds by weight: events most often, as in the catalogue
  array['EVENT', 'EVENT', 'EVENT', 'EVENT', 'EVENT', 'EVENT', 'EVENT', 'EVENT', 'MEETING_PLACE', 'HORIZON_SCAN',
        'RESEARCH_RESULT', 'RESEARCH_RESULT', 'RESEARCH_RESULT', 'RESEARCH_RESULT', 'EDUCATION', 'EDUCATION', 'EDUCATION',
        'PROJECT_OFFICE', 'BUSINESS_DEVELOPMENT_UNIT', 'LAB', 'LAB', 'TESTBED', 'TESTBED', 'SEMINAR_SERIES'] as resource_kinds,
  array['PROJECT', 'PROJECT', 'PROJECT', 'PARTNERSHIP', 'NETWORK', 'INNOVATION_CHALLENGE', 'CONSORTIUM', 'TESTBED_USE'] as collaboration_kinds,
  array['Norrsken', 'Polstjärnan', 'Älvdal', 'Fjällvind', 'Björkskog', 'Tundra', 'Midnattssol', 'Kustlinjen',
        'Isbrytaren', 'Renvall', 'Granskogen', 'Vinterljus', 'Forsen', 'Myren', 'Höga kusten', 'Bottenviken'] as names,
  array['Data', 'Digital', 'Analys', 'Teknik', 'Innovation', 'Labs', 'System', 'Robotik', 'Energi', 'Hälsa'] as name_tails,
  array['AI i vården', 'smarta städer', 'fossilfritt stål', 'digitala tvillingar', 'skoglig bioekonomi', '5G på landsbygden',
        'cybersäkerhet i kommuner', 'öppna data', 'batterier och energilager', 'digitalt lärande', 'rymddata', 'välfärdsteknik'] as topics_sv,
  array['AI in health care', 'smart cities', 'fossil-free steel', 'digital twins', 'forest bio-economy', '5G in rural areas',
        'cybersecurity in municipalities', 'open data', 'batteries and energy storage', 'digital learning', 'space data',
        'welfare technology'] as topics_en;

-- ---------------------------------------------------------------------------------------------
-- Actors: all active (pending and suspended ones are never in the public figures)
-- ---------------------------------------------------------------------------------------------
insert into actor (id, slug, name, kind, status, municipality_code, latitude, longitude, created_at, updated_at)
select bench.id('actor', i), 'bench-actor-' || i,
       v.names[1 + bench.h(i, 1) % array_length(v.names, 1)] || ' ' || v.name_tails[1 + bench.h(i, 2) % array_length(v.name_tails, 1)] || ' ' || i,
       kind, 'ACTIVE', place,
       case when located then p.lat + (bench.u(i, 4) - 0.5) * 0.08 end,
       case when located then p.lon + (bench.u(i, 5) - 0.5) * 0.08 end,
       joined, joined
  from generate_series(1, :actors) i
  cross join bench.vocab v
  cross join lateral (select case when i <= 40 then v.hub_kinds[1 + bench.h(i, 3) % array_length(v.hub_kinds, 1)]
                                  else v.kinds[1 + bench.h(i, 3) % array_length(v.kinds, 1)] end as kind,
                             case when i <= 10 or bench.h(i, 6) % 20 <> 0 then v.places[1 + bench.h(i, 7) % array_length(v.places, 1)] end as place,
                             bench.h(i, 8) % 100 < 85 as located0,
                             -- hubs joined first; everyone else over four years
                             now() - make_interval(days => case when i <= 40 then 1400 + (bench.h(i, 9) % 60)::int
                                                                else (bench.h(i, 9) % 1460)::int end) as joined) k
  left join bench.place p on p.code = k.place
  cross join lateral (select k.located0 and p.code is not null as located) l;

insert into actor_technology_area (actor_id, code)
select distinct bench.id('actor', i), v.tech[1 + bench.h(i * 8 + s, 10) % array_length(v.tech, 1)]
  from generate_series(1, :actors) i, generate_series(1, 3) s, bench.vocab v
 where s <= 1 + bench.h(i, 11) % 3;

-- ---------------------------------------------------------------------------------------------
-- Resources: 90 % published, 5 % drafts, 5 % archived; published over the last three years
-- ---------------------------------------------------------------------------------------------
insert into resource (id, slug, actor_id, kind, status, title_sv, title_en, summary_sv, language, municipality_code,
                      latitude, longitude, starts_at, ends_at, time_zone, all_day, event_status, attendance_mode,
                      access_condition, created_at, updated_at, published_at)
select bench.id('resource', i), 'bench-resource-' || i, bench.id('actor', publisher), kind,
       case when bench.h(i, 21) % 20 = 0 then 'DRAFT' when bench.h(i, 21) % 20 = 1 then 'ARCHIVED' else 'PUBLISHED' end,
       initcap(lower(kind)) || ' ' || i || ': ' || v.topics_sv[1 + topic],
       initcap(lower(kind)) || ' ' || i || ': ' || v.topics_en[1 + topic],
       'Om ' || v.topics_sv[1 + topic] || ' i norra Sverige.', 'sv',
       case when bench.h(i, 22) % 10 < 6 then v.places[1 + bench.h(i, 23) % array_length(v.places, 1)] end,
       case when kind in ('LAB', 'TESTBED', 'MEETING_PLACE') then 63.5 + bench.u(i, 24) * 4 end,
       case when kind in ('LAB', 'TESTBED', 'MEETING_PLACE') then 16.0 + bench.u(i, 25) * 7 end,
       case when kind = 'EVENT' then starts end, case when kind = 'EVENT' then starts + interval '2 hours' end,
       case when kind = 'EVENT' then 'Europe/Stockholm' end, case when kind = 'EVENT' then false end,
       case when kind = 'EVENT' then 'SCHEDULED' end, case when kind = 'EVENT' then 'OFFLINE' end,
       case when kind in ('LAB', 'TESTBED') then (array['OPEN', 'MEMBERS', 'BY_AGREEMENT'])[1 + bench.h(i, 26) % 3] end,
       published, published, published
  from generate_series(1, :resources) i
  cross join bench.vocab v
  cross join lateral (select v.resource_kinds[1 + bench.h(i, 27) % array_length(v.resource_kinds, 1)] as kind,
                             (bench.h(i, 28) % array_length(v.topics_sv, 1))::int as topic,
                             -- publishers: skewed towards the first actors, as participants are
                             1 + floor(:actors * power(bench.u(i, 29), 1.5))::int as publisher,
                             now() - make_interval(days => (bench.h(i, 30) % 1095)::int, hours => (bench.h(i, 31) % 24)::int) as published) k
  -- events: from two years ago to a year ahead, at 10:00 or 13:00
  cross join lateral (select date_trunc('day', now()) + make_interval(days => (bench.h(i, 32) % 1095)::int - 730,
                                                                       hours => 10 + 3 * (bench.h(i, 33) % 2)::int) as starts) e;

insert into event_occurrence (resource_id, starts_at, ends_at)
select id, starts_at, ends_at from resource where kind = 'EVENT' and slug like 'bench-resource-%';

insert into resource_sdg (resource_id, sdg)
select distinct bench.id('resource', i), 1 + bench.h(i * 4 + s, 34) % 17
  from generate_series(1, :resources) i, generate_series(1, 3) s
 where s <= bench.h(i, 35) % 4;  -- 0-3 goals

insert into resource_technology_area (resource_id, code)
select distinct bench.id('resource', i), v.tech[1 + bench.h(i * 4 + s, 36) % array_length(v.tech, 1)]
  from generate_series(1, :resources) i, generate_series(1, 2) s, bench.vocab v
 where s <= 1 + bench.h(i, 37) % 2;

-- ---------------------------------------------------------------------------------------------
-- Collaborations: all published and public; 2-6 accepted participants, one of them the lead
-- ---------------------------------------------------------------------------------------------
insert into collaboration (id, slug, kind, status, publication, title_sv, title_en, summary_sv, start_date, end_date,
                           created_at, updated_at, published_at)
select bench.id('collaboration', i), 'bench-collaboration-' || i,
       v.collaboration_kinds[1 + bench.h(i, 41) % array_length(v.collaboration_kinds, 1)],
       case when bench.h(i, 42) % 33 = 0 then 'CANCELLED' when start > current_date then 'PLANNED'
            when finish is not null and finish < current_date then 'COMPLETED' else 'ACTIVE' end,
       'PUBLISHED',
       'Projekt ' || v.names[1 + bench.h(i, 43) % array_length(v.names, 1)] || ' ' || i || ': ' || v.topics_sv[1 + topic],
       'Project ' || v.names[1 + bench.h(i, 43) % array_length(v.names, 1)] || ' ' || i || ': ' || v.topics_en[1 + topic],
       'Samverkan om ' || v.topics_sv[1 + topic] || '.', start, finish, published, published, published
  from generate_series(1, :collaborations) i
  cross join bench.vocab v
  cross join lateral (select (bench.h(i, 44) % array_length(v.topics_sv, 1))::int as topic,
                             date '2021-01-01' + (bench.h(i, 45) % ((current_date + 180) - date '2021-01-01'))::int as start) s
  cross join lateral (select case when bench.h(i, 46) % 5 = 0 then null
                                  else s.start + (180 + bench.h(i, 47) % 1260)::int end as finish,
                             least(s.start::timestamptz, now()) - make_interval(days => (bench.h(i, 48) % 90)::int) as published) f;

-- Slot 1 is the lead; slots 2..k partners, funders or associates. Actor numbers are skewed towards
-- the hubs; a slot that repeats an actor already drawn is dropped (on conflict), and the rare
-- collaboration left with one participant gets the next actor after its lead.
insert into collaboration_participant (collaboration_id, actor_id, role, status, invited_at, answered_at)
select bench.id('collaboration', i), bench.id('actor', 1 + floor(:actors * power(bench.u(i * 8 + s, 51), 2))::int),
       case when s = 1 then 'LEAD' else (array['PARTNER', 'PARTNER', 'PARTNER', 'FUNDER', 'ASSOCIATE'])[1 + bench.h(i * 8 + s, 52) % 5] end,
       'ACCEPTED', c.created_at, c.created_at
  from generate_series(1, :collaborations) i
  join collaboration c on c.id = bench.id('collaboration', i)
  cross join generate_series(1, 6) s
 where s <= 2 + bench.h(i, 53) % 5
 order by i, s
    on conflict do nothing;

create table bench.actor_number as select i as n, bench.id('actor', i) as id from generate_series(1, :actors) i;
create unique index on bench.actor_number (id);
insert into collaboration_participant (collaboration_id, actor_id, role, status, invited_at, answered_at)
select p.collaboration_id, bench.id('actor', 1 + (l.n % :actors)), 'PARTNER', 'ACCEPTED', p.invited_at, p.answered_at
  from collaboration_participant p
  join bench.actor_number l on l.id = p.actor_id
 where p.role = 'LEAD'
   and (select count(*) from collaboration_participant q where q.collaboration_id = p.collaboration_id) < 2
    on conflict do nothing;

-- Invitations that are not answered yet do not count (one collaboration in ten has one).
insert into collaboration_participant (collaboration_id, actor_id, role, status, invited_at)
select bench.id('collaboration', i), bench.id('actor', 1 + bench.h(i, 54) % :actors), 'PARTNER', 'INVITED', now()
  from generate_series(1, :collaborations) i
 where bench.h(i, 55) % 10 = 0
    on conflict do nothing;

insert into collaboration_sdg (collaboration_id, sdg)
select distinct bench.id('collaboration', i), 1 + bench.h(i * 4 + s, 56) % 17
  from generate_series(1, :collaborations) i, generate_series(1, 3) s
 where s <= 1 + bench.h(i, 57) % 3;

insert into collaboration_technology_area (collaboration_id, code)
select distinct bench.id('collaboration', i), v.tech[1 + bench.h(i * 4 + s, 58) % array_length(v.tech, 1)]
  from generate_series(1, :collaborations) i, generate_series(1, 3) s, bench.vocab v
 where s <= 1 + bench.h(i, 59) % 3;

insert into collaboration_knowledge_area (collaboration_id, code)
select distinct bench.id('collaboration', i), v.ssif[1 + bench.h(i * 4 + s, 60) % array_length(v.ssif, 1)]
  from generate_series(1, :collaborations) i, generate_series(1, 3) s, bench.vocab v
 where s <= 1 + bench.h(i, 61) % 3;

-- Own places: none for most, one or two for some.
insert into collaboration_place (collaboration_id, municipality_code)
select distinct bench.id('collaboration', i), v.places[1 + bench.h(i * 4 + s, 62) % array_length(v.places, 1)]
  from generate_series(1, :collaborations) i, generate_series(1, 2) s, bench.vocab v
 where s <= bench.h(i, 63) % 4 - 1;

-- A third of them link one of the catalogue's resources.
insert into collaboration_resource (collaboration_id, resource_id)
select bench.id('collaboration', i), bench.id('resource', 1 + bench.h(i, 64) % :resources)
  from generate_series(1, :collaborations) i
 where bench.h(i, 65) % 3 = 0
    on conflict do nothing;

-- ---------------------------------------------------------------------------------------------
-- The stored boundary profile, by BoundaryRules' rules (home county: 24, DIN_HOME_COUNTIES' default)
-- ---------------------------------------------------------------------------------------------
create table bench.profile as
with counting as (
  select p.collaboration_id, a.id as actor_id, a.sector, a.municipality_code
    from collaboration_participant p join actor a on a.id = p.actor_id
   where p.status = 'ACCEPTED' and a.status = 'ACTIVE' and p.collaboration_id in (select id from collaboration where slug like 'bench-%')
), sectors as (
  select collaboration_id, count(distinct actor_id) as organisations,
         array_agg(distinct sector order by sector) as sector_set
    from counting group by collaboration_id
), places as (
  select collaboration_id, array_agg(distinct code order by code) as municipalities
    from (select collaboration_id, municipality_code as code from counting where municipality_code is not null
          union select collaboration_id, municipality_code from collaboration_place) x
   group by collaboration_id
), knowledge as (
  select collaboration_id, array_agg(distinct left(code, 1) order by left(code, 1)) as areas,
         coalesce(array_agg(distinct left(code, 3) order by left(code, 3)) filter (where length(code) >= 3), '{}') as groups
    from collaboration_knowledge_area group by collaboration_id
), technology as (
  select collaboration_id, array_agg(code order by code) as codes from collaboration_technology_area group by collaboration_id
)
select c.id,
       -- sectors in the order of the enum (BUSINESS, ACADEMIA, PUBLIC, CIVIL)
       array(select s from unnest(array['BUSINESS', 'ACADEMIA', 'PUBLIC', 'CIVIL']) s where s = any(coalesce(se.sector_set, '{}'))) as sectors,
       coalesce(se.organisations, 0)::int as organisations,
       coalesce(pl.municipalities, '{}') as municipalities,
       array(select distinct m.county_code from municipality m where m.code = any(coalesce(pl.municipalities, '{}')) order by 1) as counties,
       coalesce(k.areas, '{}') as areas, coalesce(k.groups, '{}') as groups, coalesce(t.codes, '{}') as tech
  from collaboration c
  left join sectors se on se.collaboration_id = c.id
  left join places pl on pl.collaboration_id = c.id
  left join knowledge k on k.collaboration_id = c.id
  left join technology t on t.collaboration_id = c.id
 where c.slug like 'bench-%';

-- The crossings, then everything in one update (each update of a collaboration runs its triggers).
alter table bench.profile add column c_sector boolean, add column c_organisation boolean, add column c_place boolean,
    add column c_knowledge boolean, add column c_technology boolean;
update bench.profile set c_sector = cardinality(sectors) >= 2, c_organisation = organisations >= 2,
    c_place = cardinality(municipalities) >= 2, c_knowledge = cardinality(areas) >= 2 or cardinality(groups) >= 2,
    c_technology = cardinality(tech) >= 2;

update collaboration c set
       crosses_sector = p.c_sector,
       crosses_organisation = p.c_organisation,
       crosses_place = p.c_place,
       crosses_knowledge = p.c_knowledge,
       crosses_technology = p.c_technology,
       boundary_score = p.c_sector::int + p.c_organisation::int + p.c_place::int + p.c_knowledge::int + p.c_technology::int,
       participant_count = p.organisations,
       profile_sectors = p.sectors,
       profile_municipalities = p.municipalities,
       profile_counties = p.counties,
       -- The whole profile as JSON, in BoundaryProfile's shape (what a collaboration's page returns).
       boundary_profile = jsonb_build_object(
    'score', p.c_sector::int + p.c_organisation::int + p.c_place::int + p.c_knowledge::int + p.c_technology::int,
    'crossed', to_jsonb(array_remove(array[case when p.c_sector then 'SECTOR' end, case when p.c_organisation then 'ORGANISATION' end,
                                           case when p.c_place then 'PLACE' end, case when p.c_knowledge then 'KNOWLEDGE' end,
                                           case when p.c_technology then 'TECHNOLOGY' end], null)),
    'sectors', jsonb_build_object('values', to_jsonb(p.sectors), 'count', cardinality(p.sectors), 'crossed', p.c_sector,
        'helix', case when p.sectors @> array['BUSINESS', 'ACADEMIA', 'PUBLIC'] then
                          case when 'CIVIL' = any(p.sectors) then 'QUADRUPLE' else 'TRIPLE' end else 'NONE' end),
    'organisations', jsonb_build_object('count', p.organisations, 'crossed', p.c_organisation),
    'places', jsonb_build_object(
        'municipalities', coalesce((select jsonb_agg(jsonb_build_object('code', m.code, 'name', m.name, 'countyCode', co.code, 'countyName', co.name) order by m.code)
                                      from municipality m join county co on co.code = m.county_code where m.code = any(p.municipalities)), '[]'),
        'counties', coalesce((select jsonb_agg(jsonb_build_object('code', co.code, 'name', co.name) order by co.code)
                                from county co where co.code = any(p.counties)), '[]'),
        'crossesMunicipalBorder', cardinality(p.municipalities) >= 2, 'crossesCountyBorder', cardinality(p.counties) >= 2,
        'reachesOutsideRegion', exists (select 1 from unnest(p.counties) x where x <> '24'), 'crossed', p.c_place),
    'knowledge', jsonb_build_object(
        'areas', coalesce((select jsonb_agg(jsonb_build_object('code', k.code, 'level', k.level, 'name', jsonb_build_object('sv', k.name_sv, 'en', k.name_en)) order by k.code)
                             from knowledge_area k where k.code = any(p.areas)), '[]'),
        'groups', coalesce((select jsonb_agg(jsonb_build_object('code', k.code, 'level', k.level, 'name', jsonb_build_object('sv', k.name_sv, 'en', k.name_en)) order by k.code)
                              from knowledge_area k where k.code = any(p.groups)), '[]'),
        'crossed', p.c_knowledge),
    'technology', jsonb_build_object(
        'areas', coalesce((select jsonb_agg(jsonb_build_object('code', t.code, 'name', jsonb_build_object('sv', t.name_sv, 'en', t.name_en)) order by t.code)
                             from technology_area t where t.code = any(p.tech)), '[]'),
        'count', cardinality(p.tech), 'crossed', p.c_technology))
  from bench.profile p where p.id = c.id;

vacuum analyze;
