-- Feeds learn of changes by LISTEN/NOTIFY instead of reading a counter row (V4) on every request.
-- The triggers of V4 stay on every table a feed reads (resource, event_occurrence,
-- resource_co_organiser, resource_technology_area, resource_sdg, and actor, whose status hides
-- or shows what it published); only what they run changes: a notification on the channel
-- din_feeds, which PostgreSQL delivers to every listening replica when the transaction commits
-- (and folds into one per transaction), instead of an update of the one counter row that made
-- concurrent writers wait for each other's commit. FeedChanges (feed/) listens.
-- A later table that feeds read gets the same trigger:
--   create trigger <table>_feed_state after insert or update or delete on <table>
--       for each statement execute function din_bump_feed_state();
create or replace function din_bump_feed_state() returns trigger
    language plpgsql as $$
begin
    perform pg_notify('din_feeds', '');
    return null;
end $$;

drop table feed_state;
