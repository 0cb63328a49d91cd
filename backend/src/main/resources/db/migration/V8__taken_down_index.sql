-- The moderators' queue lists taken-down resources newest first (ResourceQueries.takenDown):
-- a small partial index, as takedowns are rare, instead of reading the whole resource table.
create index resource_taken_down_idx on resource (taken_down_at desc, id desc) where taken_down_at is not null;
