-- Moderation that holds: a moderator's takedown that the publisher's editors cannot undo, and
-- co-organising as an invitation the other actor's owners answer.

-- A takedown lies over the editors' own status (draft, published, archived) instead of
-- replacing it: restoring puts the resource back as its editors left it, and nothing the
-- editors do can clear these columns (only POST /resources/{id}/restore does).
alter table resource
    add column taken_down_at     timestamptz,
    add column takedown_reason   text check (length(takedown_reason) <= 2000),
    add column taken_down_by     text,
    add constraint resource_takedown_has_reason check ((taken_down_at is null) = (takedown_reason is null));

-- The public catalogue, feeds and search look up published resources that are not taken down.
create index resource_public_idx on resource (status, kind) where taken_down_at is null;

-- Naming a co-organiser invites it; only ACCEPTED ones are shown and put the resource in that
-- actor's lists and feeds. Rows from before were attached without the other actor's consent:
-- the default makes them pending invitations. A DECLINED row stays while the publisher keeps naming the actor, so
-- sending the same list again does not invite it anew; removing the actor deletes the row.
alter table resource_co_organiser
    add column status       text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    add column invited_at   timestamptz not null default now(),
    add column answered_at  timestamptz,
    add column answered_by  text;
create index resource_co_organiser_pending_idx on resource_co_organiser (actor_id, status);
