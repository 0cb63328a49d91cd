-- The collaborations feed (/feeds/v1/collaborations) is cached like the resource feeds: every
-- table it reads or filters on notifies din_feeds (V7) when a writing transaction commits, so each
-- API process drops the bodies that may no longer be current. The collaboration itself, its
-- participants (who is a member), its funding lines (who funds it), and what its filters match
-- (SDGs, technology areas, knowledge areas, places). A participant's actor already notifies
-- (actor_feed_state, V4): its name, status and municipality reach the feed through it.
-- Linked resources are left out: the feed shows none.
create trigger collaboration_feed_state after insert or update or delete on collaboration
    for each statement execute function din_bump_feed_state();
create trigger collaboration_participant_feed_state after insert or update or delete on collaboration_participant
    for each statement execute function din_bump_feed_state();
create trigger collaboration_funding_feed_state after insert or update or delete on collaboration_funding
    for each statement execute function din_bump_feed_state();
create trigger collaboration_sdg_feed_state after insert or update or delete on collaboration_sdg
    for each statement execute function din_bump_feed_state();
create trigger collaboration_technology_area_feed_state after insert or update or delete on collaboration_technology_area
    for each statement execute function din_bump_feed_state();
create trigger collaboration_knowledge_area_feed_state after insert or update or delete on collaboration_knowledge_area
    for each statement execute function din_bump_feed_state();
create trigger collaboration_place_feed_state after insert or update or delete on collaboration_place
    for each statement execute function din_bump_feed_state();
