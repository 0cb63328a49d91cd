-- A counter that grows with every change to what the public feeds show. Feeds cache their
-- rendered bytes per (request, counter): reading one small row tells every replica whether its
-- cache is still current, without any message between replicas.
create table feed_state (
    id       boolean primary key default true check (id),
    version  bigint not null
);
insert into feed_state (id, version) values (true, 0);

create function din_bump_feed_state() returns trigger
    language plpgsql as $$
begin
    update feed_state set version = version + 1 where id;
    return null;
end $$;

create trigger resource_feed_state after insert or update or delete on resource
    for each statement execute function din_bump_feed_state();
create trigger event_occurrence_feed_state after insert or update or delete on event_occurrence
    for each statement execute function din_bump_feed_state();
create trigger resource_co_organiser_feed_state after insert or update or delete on resource_co_organiser
    for each statement execute function din_bump_feed_state();
create trigger resource_technology_area_feed_state after insert or update or delete on resource_technology_area
    for each statement execute function din_bump_feed_state();
create trigger resource_sdg_feed_state after insert or update or delete on resource_sdg
    for each statement execute function din_bump_feed_state();
create trigger actor_feed_state after insert or update or delete on actor
    for each statement execute function din_bump_feed_state();
