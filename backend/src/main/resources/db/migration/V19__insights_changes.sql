-- Insights (insights/) are computed once per change of the public data, by the same change signal
-- the feeds use (V7: a notification on din_feeds when a writing transaction commits). Every table
-- they read already notifies, except these two: an actor's own technology areas (actors by
-- technology area, matchmaking) and the resources linked to a collaboration (a resource matches a
-- knowledge area through the collaborations it is linked to).
create trigger actor_technology_area_feed_state after insert or update or delete on actor_technology_area
    for each statement execute function din_bump_feed_state();
create trigger collaboration_resource_feed_state after insert or update or delete on collaboration_resource
    for each statement execute function din_bump_feed_state();
