-- Seed data of bench/search.sh: actors and resources with realistic Swedish and English text,
-- set-based (generate_series), deterministic (hashes of the row number, not random()), within
-- every CHECK of V2/V3. Run by psql in parts (bench/search.sh does this):
--
--   -v part=setup     -v actors=N                  vocabulary, helper functions, N actors; drops
--                                                  resource's secondary indexes (kept in bench.dropped_index)
--   -v part=resources -v lo=A -v hi=B               resources A..B (run in several sessions at once)
--   -v part=index     -v slot=K -v slots=S          re-creates the dropped indexes of slot K of S
--   -v part=finish                                  event occurrences, VACUUM ANALYZE
--
-- Everything of its own lives in the schema "bench" of the throwaway database.

\set ON_ERROR_STOP on
select :'part' = 'setup' as is_setup, :'part' = 'resources' as is_resources,
       :'part' = 'index' as is_index, :'part' = 'finish' as is_finish \gset
set synchronous_commit = off;
set maintenance_work_mem = '512MB';

\if :is_setup
-- ---------------------------------------------------------------------------------------------
-- Vocabulary: Swedish and English side by side (same index = same meaning).
-- ---------------------------------------------------------------------------------------------
create schema bench;

-- A non-negative 63-bit hash of (row number, salt): the seed's only source of "randomness".
create function bench.h(i bigint, salt int) returns bigint
    language sql immutable parallel safe
    return hashint8extended(i, salt) & 9223372036854775807;

create table bench.kind_vocab (kind text primary key, weight int not null, sv text[] not null, en text[] not null);
insert into bench.kind_vocab values
  ('EVENT', 8,
   array['Workshop', 'Seminarium', 'Konferens', 'Frukostmöte', 'Hackathon', 'Webbinarium', 'Nätverksträff', 'Demodag'],
   array['Workshop', 'Seminar', 'Conference', 'Breakfast meeting', 'Hackathon', 'Webinar', 'Networking meetup', 'Demo day']),
  ('MEETING_PLACE', 1,
   array['Mötesplats', 'Innovationsforum', 'Community', 'Kreativ mötesplats'],
   array['Meeting place', 'Innovation forum', 'Community', 'Creative meeting place']),
  ('HORIZON_SCAN', 1,
   array['Omvärldsanalys', 'Trendrapport', 'Framsynsstudie', 'Kartläggning'],
   array['Horizon scan', 'Trend report', 'Foresight study', 'Mapping']),
  ('RESEARCH_RESULT', 4,
   array['Forskningsresultat', 'Studie', 'Avhandling', 'Rapport', 'Vetenskaplig artikel'],
   array['Research result', 'Study', 'Thesis', 'Report', 'Scientific paper']),
  ('EDUCATION', 3,
   array['Utbildning', 'Kurs', 'Uppdragsutbildning', 'Masterprogram', 'Kompetenslyft'],
   array['Training', 'Course', 'Contract education', 'Master''s programme', 'Upskilling programme']),
  ('PROJECT_OFFICE', 1,
   array['Projektkontor', 'Projektstöd', 'Ansökningsstöd'],
   array['Project office', 'Project support', 'Grant application support']),
  ('BUSINESS_DEVELOPMENT_UNIT', 1,
   array['Verksamhetsutvecklingsenhet', 'Affärsutveckling', 'Inkubator', 'Acceleratorprogram'],
   array['Business development unit', 'Business development', 'Incubator', 'Accelerator programme']),
  ('LAB', 1,
   array['Labb', 'Experimentmiljö', 'Innovationslabb', 'Datalabb', 'AI-labb'],
   array['Lab', 'Experimental environment', 'Innovation lab', 'Data lab', 'AI lab']),
  ('TESTBED', 1,
   array['Testbädd', 'Testmiljö', 'Demonstrationsmiljö'],
   array['Testbed', 'Test environment', 'Demonstrator']),
  ('SEMINAR_SERIES', 1,
   array['Seminarieserie', 'Föreläsningsserie', 'Webbinarieserie'],
   array['Seminar series', 'Lecture series', 'Webinar series']);

create table bench.vocab as select
  -- Kinds repeated by weight: picking uniformly from this array weighs the kinds.
  (select array_agg(kind order by kind, n) from bench.kind_vocab, generate_series(1, weight) n) as kinds,
  array['AI', 'artificiell intelligens', 'maskininlärning', 'digitalisering', 'cybersäkerhet', 'datadriven hälsa',
        'digital vård', 'smarta städer', 'hållbar samhällsplanering', 'skogsnäring', 'bioekonomi', 'gruvindustri',
        'basindustri', 'fossilfritt stål', 'batterier', 'energisystem', '5G', 'sakernas internet', 'robotik',
        'autonoma fordon', 'rymdteknik', 'spelutveckling', 'virtuell verklighet', 'öppna data', 'e-förvaltning',
        'digitalt lärande', 'människa–datorinteraktion', 'högpresterande beräkningar', 'molntjänster',
        'språkteknologi', 'datorseende', 'precisionsjordbruk', 'renskötsel', 'klimatanpassning', 'cirkulär ekonomi',
        'digitala tvillingar', 'industri 4.0', 'innovationsledning', 'entreprenörskap', 'kompetensförsörjning',
        'tillgänglighet', 'etik i AI', 'dataskydd', 'välfärdsteknik', 'e-hälsa', 'mobilitet', 'elflyg', 'vätgas',
        'datacenter', 'kvantdatorer', 'innovationsupphandling', 'strategisk digitalisering'] as topic_sv,
  array['AI', 'artificial intelligence', 'machine learning', 'digitalisation', 'cybersecurity', 'data-driven health',
        'digital care', 'smart cities', 'sustainable urban planning', 'forestry', 'bio-economy', 'mining',
        'basic industry', 'fossil-free steel', 'batteries', 'energy systems', '5G', 'the internet of things', 'robotics',
        'autonomous vehicles', 'space technology', 'game development', 'virtual reality', 'open data', 'e-government',
        'digital learning', 'human–computer interaction', 'high-performance computing', 'cloud services',
        'language technology', 'computer vision', 'precision agriculture', 'reindeer husbandry', 'climate adaptation',
        'circular economy', 'digital twins', 'industry 4.0', 'innovation management', 'entrepreneurship', 'skills supply',
        'accessibility', 'AI ethics', 'data protection', 'welfare technology', 'e-health', 'mobility', 'electric aviation',
        'hydrogen', 'data centres', 'quantum computing', 'innovation procurement', 'strategic digitalisation'] as topic_en,
  array['företag', 'forskare', 'studenter', 'kommuner', 'regionen', 'startups', 'offentlig sektor', 'vårdgivare',
        'industrin', 'skolor', 'civilsamhället', 'investerare', 'doktorander', 'små och medelstora företag'] as aud_sv,
  array['companies', 'researchers', 'students', 'municipalities', 'the region', 'start-ups', 'the public sector',
        'care providers', 'industry', 'schools', 'civil society', 'investors', 'doctoral students', 'SMEs'] as aud_en,
  array['ai', 'data', 'iot', 'cybersäkerhet', 'hälsa', 'skog', 'energi', 'industri', 'smart stad', '5g',
        'utbildning', 'forskning', 'innovation', 'hållbarhet', 'agenda 2030', 'öppen källkod', 'rymd', 'spel',
        'samverkan', 'startup', 'robotik', 'xr'] as tags,
  array['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'augusti', 'september', 'oktober', 'november', 'december'] as month_sv,
  array['January', 'February', 'March', 'April', 'May', 'June', 'August', 'September', 'October', 'November', 'December'] as month_en,
  array['vården', 'skolan', 'industrin', 'besöksnäringen', 'skogsbruket', 'energisektorn', 'kollektivtrafiken',
        'kommunerna', 'handeln', 'byggsektorn', 'gruvnäringen', 'rymdindustrin', 'äldreomsorgen', 'livsmedelskedjan'] as sector_sv,
  array['health care', 'schools', 'industry', 'tourism', 'forestry', 'the energy sector', 'public transport',
        'the municipalities', 'retail', 'construction', 'mining', 'the space industry', 'elderly care', 'the food chain'] as sector_en,
  array['utveckla', 'testa', 'skala upp', 'utvärdera', 'införa', 'kartlägga', 'demonstrera', 'finansiera',
        'effektivisera', 'kommersialisera', 'validera', 'förankra'] as verb_sv,
  array['develop', 'test', 'scale up', 'evaluate', 'introduce', 'map', 'demonstrate', 'fund',
        'streamline', 'commercialise', 'validate', 'anchor'] as verb_en,
  array['energianvändningen', 'kostnaderna', 'utsläppen', 'ledtiderna', 'väntetiderna', 'transporterna', 'avfallet',
        'sjukfrånvaron', 'elförbrukningen', 'driftstoppen', 'pappersarbetet', 'felbehandlingarna'] as thing_sv,
  array['energy use', 'costs', 'emissions', 'lead times', 'waiting times', 'transport', 'waste',
        'sick leave', 'electricity use', 'downtime', 'paperwork', 'treatment errors'] as thing_en,
  array['workshoppar', 'prototyper', 'användartester', 'dataanalys', 'intervjuer', 'simuleringar', 'fältstudier',
        'designsprintar', 'hackathons', 'pilotprojekt', 'enkäter', 'fokusgrupper', 'mätningar', 'litteraturstudier'] as method_sv,
  array['workshops', 'prototypes', 'user tests', 'data analysis', 'interviews', 'simulations', 'field studies',
        'design sprints', 'hackathons', 'pilot projects', 'surveys', 'focus groups', 'measurements', 'literature reviews'] as method_en,
  array['Norrsken', 'Polstjärnan', 'Älvdal', 'Fjällvind', 'Björkskog', 'Tundra', 'Midnattssol', 'Kustlinjen',
        'Isbrytaren', 'Renvall', 'Granskogen', 'Vinterljus', 'Forsen', 'Myren', 'Höga kusten'] as names,
  -- Places: the municipalities of Västerbotten (24) and Norrbotten (25), the large ones more often.
  (select array_agg(code order by code) from municipality where county_code in ('24', '25'))
    || array['2480', '2480', '2480', '2480', '2482', '2482', '2580', '2580', '2580', '2581', '2584'] as places,
  array[
    'Digital Impact North är ett initiativ för att skapa en av Europas ledande regioner inom IT, artificiell intelligens och digitalisering.',
    'Initiativet är taget av Umeå universitet och dess IT-institutioner, tillsammans med Region Västerbotten, Umeå kommun, SLU, RISE och Umeå Science Park.',
    'Regionen skapar kunskap, innovationer, tekniklösningar och tillväxtbolag som attraherar talanger, företag, finansiärer och investerare.',
    'Visionen är en av de ledande regionerna i världen vad gäller strategisk digitalisering och ett smart hållbart samhälle.',
    'Samhället ses som banbrytande inom basindustri, hälsa och samhällsplanering.',
    'Vi vill skapa bästa möjliga förutsättningar för organisationer som vill förnyas genom digitalisering.',
    'Intelligenta digitala lösningar förstärker verksamheter i hela regionen.',
    'Vi accelererar regionens innovations- och förnyelsetakt genom gemensamma innovations- och projektstrategier.',
    'Satsningen lyfter kunskaps- och kompetensnivåer inom IT och artificiell intelligens genom forskning, utbildning och omvärldsanalyser.',
    'Framsynsprocesser och kunskapsspridning stärker regionens attraktions- och förnyelsekraft.',
    'Samverkan sker över kunskaps-, teknik-, organisations-, sektors- och platsgränser.',
    'Det ska vara enkelt och lockande för regionala aktörer att ansluta, oavsett om man kommer från näringsliv, akademi eller samhälle.',
    'Aktörer kan själva lägga till kunskapsdrivande resurser som events, mötesplatser, omvärldsanalyser, forskningsresultat och utbildningar.',
    'Innovationsdrivande resurser som projektkontor, labb- och experimentmiljöer, testbäddar och seminariestrukturer ökar innovationstempot.',
    'En växande och alltmer konkurrenskraftig IT-sektor samverkar med en IT-forskning som är ledande inom allt fler kunskapsområden.',
    'IT-utbildningen levererar den kompetens som efterfrågas av företag och offentlig sektor.',
    'År 2030 ska regionen vara internationellt omtalad för sitt sätt att skapa samverkan.',
    'Nya lösningar, insikter och ansatser bidrar till förnyelse och hållbarhet i hela bransch- och samhällsekosystem.',
    'När talangfulla individer, forskargrupper, företag och samhällsföreträdare samlas skapas nya sektorsöverskridande möjligheter.',
    'Arbetet adresserar större samhällsutmaningar inom Agenda 2030 och de globala målen.',
    'Deltagarna får prova ny teknik tillsammans med forskare och studenter.',
    'Anmälan är öppen för alla medlemmar i nätverket.',
    'Resultaten publiceras som öppna data och kan återanvändas fritt.',
    'Miljön erbjuder tillgång till utrustning, data och handledning.',
    'Projektet finansieras av Region Västerbotten och Europeiska regionala utvecklingsfonden.',
    'Företag i norra Sverige kan testa sina idéer i en verklig miljö.',
    'Vi bjuder på fika och nätverkande efter programmet.',
    'Kursen ges på distans och passar yrkesverksamma.',
    'Rapporten beskriver trender och scenarier fram till 2035.',
    'Läs mer och kontakta oss för ett första möte.'] as sentences_sv,
  array[
    'Digital Impact North is an initiative to build one of Europe''s leading regions in IT, artificial intelligence and digitalisation.',
    'The initiative was taken by Umeå University and its IT departments, together with Region Västerbotten, Umeå municipality, SLU, RISE and Umeå Science Park.',
    'The region creates knowledge, innovations, technical solutions and growth companies that attract talent, companies, funders and investors.',
    'The vision is one of the world''s leading regions in strategic digitalisation and a smart, sustainable society.',
    'The society is seen as pioneering in basic industry, health and urban planning.',
    'We want to create the best possible conditions for organisations that want to renew themselves through digitalisation.',
    'Intelligent digital solutions strengthen organisations across the region.',
    'We accelerate the region''s pace of innovation and renewal through joint innovation and project strategies.',
    'The effort raises knowledge and skills in IT and artificial intelligence through research, education and horizon scanning.',
    'Foresight processes and the spreading of knowledge strengthen the region''s power to attract and renew.',
    'Collaboration crosses the boundaries of knowledge, technology, organisation, sector and place.',
    'It should be easy and attractive for regional actors to join, whether they come from business, academia or society.',
    'Actors can add knowledge resources themselves: events, meeting places, horizon scans, research results and educations.',
    'Innovation resources such as project offices, labs and experimental environments, testbeds and seminar series raise the pace of innovation.',
    'A growing and increasingly competitive IT sector works with IT research that leads in more and more fields.',
    'IT education delivers the skills that companies and the public sector ask for.',
    'By 2030 the region is to be internationally known for the way it creates collaboration.',
    'New solutions, insights and approaches contribute to renewal and sustainability across whole industries and communities.',
    'When talented individuals, research groups, companies and public representatives gather, new cross-sector opportunities arise.',
    'The work addresses major societal challenges within Agenda 2030 and the Sustainable Development Goals.',
    'Participants try new technology together with researchers and students.',
    'Registration is open to every member of the network.',
    'The results are published as open data and may be reused freely.',
    'The environment offers access to equipment, data and supervision.',
    'The project is funded by Region Västerbotten and the European Regional Development Fund.',
    'Companies in northern Sweden can test their ideas in a real environment.',
    'Coffee and networking follow the programme.',
    'The course is given remotely and suits working professionals.',
    'The report describes trends and scenarios up to 2035.',
    'Read more and contact us for a first meeting.'] as sentences_en;

-- One sentence of a body, in both languages: one of ten templates, filled from the vocabulary.
create function bench.sentence(v bench.vocab, i bigint, salt int, t1 int, t2 int, au int, place text)
    returns table (sv text, en text) language sql immutable parallel safe
    as $$
    select case k when 0 then upper(left(v.aud_sv[au], 1)) || substr(v.aud_sv[au], 2) || ' i ' || place || ' får stöd att ' || v.verb_sv[x] || ' ' || v.topic_sv[t1] || '.'
                              when 1 then 'Vi samarbetar med ' || v.aud_sv[au] || ' kring ' || v.topic_sv[t1] || ' och ' || v.topic_sv[t2] || '.'
                              when 2 then 'I ' || v.month_sv[1 + x % 11] || ' träffas vi i ' || place || ' för att diskutera ' || v.topic_sv[t1] || '.'
                              when 3 then 'Målet är att ' || v.verb_sv[x] || ' ' || v.topic_sv[t1] || ' inom ' || v.sector_sv[y] || '.'
                              when 4 then 'Resultaten visar att ' || v.topic_sv[t1] || ' kan minska ' || v.thing_sv[x] || ' med ' || (5 + y * 3) || ' procent.'
                              when 5 then 'Programmet riktar sig till ' || v.aud_sv[au] || ' med intresse för ' || v.topic_sv[t2] || '.'
                              when 6 then 'Deltagarna arbetar med ' || v.method_sv[y] || ' och ' || v.method_sv[1 + (x + y) % 14] || '.'
                              when 7 then 'Erfarenheterna från ' || v.sector_sv[y] || ' visar värdet av ' || v.topic_sv[t1] || '.'
                              when 8 then 'Vi söker ' || v.aud_sv[au] || ' som vill ' || v.verb_sv[x] || ' ' || v.topic_sv[t2] || ' tillsammans med oss.'
                              else 'Läs mer om ' || v.topic_sv[t1] || ' i ' || v.sector_sv[y] || ' på vår webbplats.' end,
                       case k when 0 then upper(left(v.aud_en[au], 1)) || substr(v.aud_en[au], 2) || ' in ' || place || ' get support to ' || v.verb_en[x] || ' ' || v.topic_en[t1] || '.'
                              when 1 then 'We work with ' || v.aud_en[au] || ' on ' || v.topic_en[t1] || ' and ' || v.topic_en[t2] || '.'
                              when 2 then 'In ' || v.month_en[1 + x % 11] || ' we meet in ' || place || ' to discuss ' || v.topic_en[t1] || '.'
                              when 3 then 'The aim is to ' || v.verb_en[x] || ' ' || v.topic_en[t1] || ' in ' || v.sector_en[y] || '.'
                              when 4 then 'The results show that ' || v.topic_en[t1] || ' can cut ' || v.thing_en[x] || ' by ' || (5 + y * 3) || ' per cent.'
                              when 5 then 'The programme is for ' || v.aud_en[au] || ' interested in ' || v.topic_en[t2] || '.'
                              when 6 then 'Participants work with ' || v.method_en[y] || ' and ' || v.method_en[1 + (x + y) % 14] || '.'
                              when 7 then 'Experience from ' || v.sector_en[y] || ' shows the value of ' || v.topic_en[t1] || '.'
                              when 8 then 'We are looking for ' || v.aud_en[au] || ' who want to ' || v.verb_en[x] || ' ' || v.topic_en[t2] || ' with us.'
                              else 'Read more about ' || v.topic_en[t1] || ' in ' || v.sector_en[y] || ' on our website.' end
      from (select (bench.h(i, salt) % 10)::int as k, 1 + (bench.h(i, salt + 1) % 12)::int as x,
                   1 + (bench.h(i, salt + 2) % 14)::int as y) h
    $$;

-- Actors: a few hundred, mostly ACTIVE, names in the style of the region's companies.
insert into actor (id, slug, name, kind, description_sv, description_en, municipality_code, competences, status, created_at, updated_at)
select md5('bench-actor-' || i)::uuid,
       trim(both '-' from regexp_replace(lower(din_unaccent(name)), '[^a-z0-9]+', '-', 'g')) || '-' || i,
       name, kind,
       v.sentences_sv[1 + bench.h(i, 104) % 30] || ' ' || v.sentences_sv[1 + bench.h(i, 105) % 30],
       case when bench.h(i, 106) % 2 = 0 then v.sentences_en[1 + bench.h(i, 104) % 30] || ' ' || v.sentences_en[1 + bench.h(i, 105) % 30] end,
       v.places[1 + bench.h(i, 107) % cardinality(v.places)],
       array[v.topic_sv[1 + bench.h(i, 108) % cardinality(v.topic_sv)], v.topic_sv[1 + bench.h(i, 109) % cardinality(v.topic_sv)]],
       case when bench.h(i, 110) % 20 = 0 then 'PENDING' else 'ACTIVE' end,
       now() - make_interval(days => (bench.h(i, 111) % 1000)::int), now()
  from generate_series(1, :actors) i, bench.vocab v,
       lateral (select (array['COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'COMPANY', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
                              'PUBLIC_AUTHORITY', 'SCIENCE_PARK', 'NON_PROFIT', 'INVESTOR', 'OTHER'])[1 + bench.h(i, 101) % 13] as kind) k,
       lateral (select (array['Norrskens', 'Polar', 'Älv', 'Fjäll', 'Skogs', 'Tundra', 'Midnattssol', 'Björk', 'Lappland', 'Kust',
                              'Bottenvikens', 'Vindel', 'Ume', 'Skellefte', 'Pite', 'Lule', 'Kalix', 'Torne', 'Malm', 'Is'])[1 + bench.h(i, 102) % 20]
                    || (array['data', 'tech', 'labb', 'analys', 'robotik', 'AI', 'innovation', 'konsult', 'energi', 'hälsa',
                              'säkerhet', 'spel', 'moln', 'sensor', 'system'])[1 + bench.h(i, 103) % 15]
                    || case k.kind when 'COMPANY' then ' AB' when 'UNIVERSITY' then ' akademin' when 'RESEARCH_INSTITUTE' then ' institutet'
                                   when 'PUBLIC_AUTHORITY' then ' förvaltningen' when 'SCIENCE_PARK' then ' Science Park'
                                   when 'NON_PROFIT' then ' ideell förening' when 'INVESTOR' then ' Invest' else ' nätverket' end as name) n;

-- Bulk-loading then indexing is much faster than keeping six indexes up to date row by row:
-- keep the definitions (exactly as Flyway made them) and drop them until the rows are in.
create table bench.dropped_index as
  select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition,
         row_number() over (order by case i.indexrelid::regclass::text when 'resource_search_idx' then 1
                                      when 'resource_title_trgm_idx' then 2 when 'resource_tags_idx' then 3 else 4 end,
                                 i.indexrelid::regclass::text) as position
    from pg_index i
   where i.indrelid = 'resource'::regclass
     and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
select format('drop index %s', name) from bench.dropped_index \gexec
\endif

\if :is_resources
-- ---------------------------------------------------------------------------------------------
-- Resources :lo..:hi. Titles like "Testbädd för AI i Skellefteå"; 60 % bilingual, 25 % Swedish
-- only, 15 % English only; 90 % PUBLISHED, 7 % DRAFT, 3 % ARCHIVED. Summaries and bodies are
-- sentences from ten templates filled from the vocabulary, and now and then a sentence of the
-- initiative's own text (../shared/seed/om-digital-impact-north.txt) and a project acronym.
-- ---------------------------------------------------------------------------------------------
insert into resource (id, slug, actor_id, kind, status, title_sv, title_en, summary_sv, summary_en, body_sv, body_en,
                      language, tags, municipality_code, latitude, longitude, starts_at, ends_at, time_zone, all_day,
                      event_status, attendance_mode, access_condition, trl_min, trl_max, created_at, updated_at, published_at)
select md5('bench-resource-' || i)::uuid,
       coalesce(nullif(rtrim(left(trim(both '-' from regexp_replace(lower(din_unaccent(case when r.mode >= 17 then t.title_en else t.title_sv end)),
                                                                     '[^a-z0-9]+', '-', 'g')), 60), '-'), ''), 'resurs') || '-' || i,
       a.ids[1 + bench.h(i, 20) % cardinality(a.ids)],
       r.kind,
       case when r.st < 90 then 'PUBLISHED' when r.st < 97 then 'DRAFT' else 'ARCHIVED' end,
       case when r.mode < 17 then t.title_sv end,
       case when r.mode < 12 or r.mode >= 17 then t.title_en end,
       case when r.mode < 17 then t.summary_sv end,
       case when r.mode < 12 or r.mode >= 17 then t.summary_en end,
       case when r.mode < 17 then t.body_sv end,
       case when r.mode < 12 or r.mode >= 17 then t.body_en end,
       case when r.mode >= 17 then 'en' else 'sv' end,
       array(select distinct v.tags[1 + bench.h(i, 30 + n) % cardinality(v.tags)] from generate_series(1, 1 + (bench.h(i, 35) % 4)::int) n),
       case when bench.h(i, 21) % 10 > 0 then v.places[1 + r.pl] end,
       case when bench.h(i, 22) % 10 < 6 then 63.5 + (bench.h(i, 23) % 500) / 100.0 end,
       case when bench.h(i, 22) % 10 < 6 then 15.0 + (bench.h(i, 24) % 900) / 100.0 end,
       e.starts_at, e.starts_at + make_interval(hours => 1 + (bench.h(i, 25) % 8)::int),
       case when r.kind = 'EVENT' then 'Europe/Stockholm' end,
       case when r.kind = 'EVENT' then false end,
       case when r.kind = 'EVENT' then (array['SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'CANCELLED', 'POSTPONED'])[1 + bench.h(i, 26) % 6] end,
       case when r.kind = 'EVENT' then (array['OFFLINE', 'ONLINE', 'MIXED'])[1 + bench.h(i, 27) % 3] end,
       case when r.kind in ('LAB', 'TESTBED') then (array['OPEN', 'MEMBERS', 'BY_AGREEMENT'])[1 + bench.h(i, 28) % 3] end,
       case when r.kind in ('LAB', 'TESTBED') then r.trl end,
       case when r.kind in ('LAB', 'TESTBED') then r.trl + (bench.h(i, 29) % 4)::int end,
       r.created, r.created, case when r.st < 90 or r.st >= 97 then r.created end
  from generate_series(:lo::bigint, :hi::bigint) i
  cross join bench.vocab v
  cross join (select array_agg(id order by slug) as ids from actor where status = 'ACTIVE') a
  cross join lateral (select v.kinds[1 + bench.h(i, 1) % cardinality(v.kinds)] as kind) k
  join bench.kind_vocab kv on kv.kind = k.kind
  cross join lateral (select k.kind,
                             1 + (bench.h(i, 2) % cardinality(kv.sv))::int as ki,
                             1 + (bench.h(i, 3) % cardinality(v.topic_sv))::int as t1,
                             1 + (bench.h(i, 4) % cardinality(v.topic_sv))::int as t2,
                             (bench.h(i, 5) % cardinality(v.places))::int as pl,
                             1 + (bench.h(i, 6) % cardinality(v.aud_sv))::int as au,
                             1 + (bench.h(i, 7) % cardinality(v.aud_sv))::int as au2,
                             bench.h(i, 8) % 6 as tpl, bench.h(i, 9) % 20 as mode, bench.h(i, 10) % 100 as st,
                             2 + (bench.h(i, 11) % 5)::int as trl,
                             1 + (bench.h(i, 12) % cardinality(v.names))::int as nm,
                             2024 + bench.h(i, 13) % 3 as year,
                             -- a project acronym: the long tail of words that real text has
                             chr(65 + (bench.h(i, 17) % 26)::int) || chr(65 + (bench.h(i, 18) % 26)::int)
                               || chr(65 + (bench.h(i, 19) % 26)::int) || chr(65 + (bench.h(i, 39) % 26)::int) as acronym,
                             timestamptz '2023-01-01 00:00+01' + make_interval(days => (bench.h(i, 14) % 1000)::int) as created) r
  cross join lateral (select m.short_name as place from municipality m where m.code = v.places[1 + r.pl]) p
  cross join lateral (select case when r.kind = 'EVENT'
                                  then timestamptz '2025-01-01 00:00+01' + make_interval(days => (bench.h(i, 15) % 730)::int,
                                                                                       hours => 8 + (bench.h(i, 16) % 10)::int) end as starts_at) e
  cross join lateral bench.sentence(v, i, 50, r.t1, r.t2, r.au, p.place) b1
  cross join lateral bench.sentence(v, i, 60, r.t2, r.t1, r.au2, p.place) b2
  cross join lateral bench.sentence(v, i, 70, r.t1, r.t2, r.au2, p.place) b3
  cross join lateral bench.sentence(v, i, 80, r.t2, r.t1, r.au, p.place) b4
  cross join lateral (select
       case r.tpl when 0 then kv.sv[r.ki] || ' för ' || v.topic_sv[r.t1] || ' i ' || p.place
                  when 1 then kv.sv[r.ki] || ' om ' || v.topic_sv[r.t1]
                  when 2 then kv.sv[r.ki] || ': ' || v.topic_sv[r.t1] || ' och ' || v.topic_sv[r.t2]
                  when 3 then kv.sv[r.ki] || ' inom ' || v.topic_sv[r.t1] || ' för ' || v.aud_sv[r.au]
                  when 4 then kv.sv[r.ki] || ' ' || v.topic_sv[r.t1] || ' – ' || p.place || ' ' || r.year
                  else v.names[r.nm] || ': ' || lower(kv.sv[r.ki]) || ' för ' || v.topic_sv[r.t1] end as title_sv,
       case r.tpl when 0 then kv.en[r.ki] || ' for ' || v.topic_en[r.t1] || ' in ' || p.place
                  when 1 then kv.en[r.ki] || ' on ' || v.topic_en[r.t1]
                  when 2 then kv.en[r.ki] || ': ' || v.topic_en[r.t1] || ' and ' || v.topic_en[r.t2]
                  when 3 then kv.en[r.ki] || ' in ' || v.topic_en[r.t1] || ' for ' || v.aud_en[r.au]
                  when 4 then kv.en[r.ki] || ' ' || v.topic_en[r.t1] || ' – ' || p.place || ' ' || r.year
                  else v.names[r.nm] || ': ' || lower(kv.en[r.ki]) || ' for ' || v.topic_en[r.t1] end as title_en,
       kv.sv[r.ki] || ' där ' || v.aud_sv[r.au] || ' och ' || v.aud_sv[r.au2] || ' arbetar tillsammans med '
         || v.topic_sv[r.t1] || ' i ' || p.place || '. '
         || case when bench.h(i, 40) % 3 = 0 then v.sentences_sv[1 + bench.h(i, 41) % 30] else b1.sv end as summary_sv,
       kv.en[r.ki] || ' where ' || v.aud_en[r.au] || ' and ' || v.aud_en[r.au2] || ' work together on '
         || v.topic_en[r.t1] || ' in ' || p.place || '. '
         || case when bench.h(i, 40) % 3 = 0 then v.sentences_en[1 + bench.h(i, 41) % 30] else b1.en end as summary_en,
       concat_ws(' ', b1.sv, b2.sv, b3.sv,
                 case when bench.h(i, 44) % 4 = 0 then v.sentences_sv[1 + bench.h(i, 45) % 30] end,
                 case when bench.h(i, 46) % 3 = 0 then 'Projektet ' || r.acronym || ' drivs av ' || v.aud_sv[r.au2] || ' i ' || p.place || '.' end,
                 b4.sv) as body_sv,
       concat_ws(' ', b1.en, b2.en, b3.en,
                 case when bench.h(i, 44) % 4 = 0 then v.sentences_en[1 + bench.h(i, 45) % 30] end,
                 case when bench.h(i, 46) % 3 = 0 then 'The project ' || r.acronym || ' is run by ' || v.aud_en[r.au2] || ' in ' || p.place || '.' end,
                 b4.en) as body_en) t;
\endif

\if :is_index
select definition from bench.dropped_index where position % :slots = :slot order by position \gexec
\endif

\if :is_finish
-- Every event's occurrence, as the API writes it for an event without RRULE.
insert into event_occurrence (resource_id, starts_at, ends_at)
select id, starts_at, ends_at from resource where kind = 'EVENT';
vacuum (analyze) resource;
vacuum (analyze) actor;
vacuum (analyze) event_occurrence;
\endif
