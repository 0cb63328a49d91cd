-- The changes feed (GET /api/v1/changes, se.digitalimpactnorth.changes): every change of public
-- data, in an order a consumer following a cursor can rely on, deletions included.
--
-- WHAT IS RECORDED. A resource, an actor or a collaboration that enters public view, changes
-- while public, or leaves it. "Public" is the rule every public read uses, restated here in SQL:
--   resource:      ResourcePolicy.PUBLIC_SQL  (published, not taken down, publisher ACTIVE)
--   collaboration: CollaborationPolicy.PUBLIC_SQL (published, not taken down, lead ACTIVE, at least
--                  two participants that count: ACCEPTED and of an ACTIVE actor)
--   actor:         status ACTIVE
-- (ChangeRulesTest checks that these functions agree with the Java constants.) Changes to drafts
-- that were never public write nothing.
--
-- WHEN. Deferred constraint triggers (DEFERRABLE INITIALLY DEFERRED) on every table whose rows
-- decide what the public sees of an entity run at COMMIT, so they see the transaction's final
-- state, not the steps of it. Each affected entity is evaluated once per transaction
-- (change_public_state.touched_xid) and compared with what the feed last said about it
-- (change_public_state.is_public): public now → UPSERT (first_publication when it never was before);
-- was public and is not → DELETE with a reason; neither → nothing.
--
-- ORDER WITHOUT THE OUTBOX TRAP, AND WITHOUT SERIALISING WRITERS. A sequence alone is not a
-- cursor: a transaction may take number 7, then number 8 commits and is read, then 7 commits
-- behind the reader's cursor and is never seen. So every row also carries the id of the
-- transaction that wrote it (pg_current_xact_id(), a 64-bit xid8 that never wraps), and a reader
-- only returns rows whose position is below pg_snapshot_xmin(pg_current_snapshot()): xmin is the
-- oldest transaction id still running when the reader's statement took its snapshot, so every
-- transaction below it has committed or aborted, and any transaction that writes later has an id
-- at or above it (ids are handed out in increasing order). Hence no row can ever appear below
-- that bound after a reader has read up to it, and a cursor (pos_xid, seq) never skips a row.
-- Rows are returned in (pos_xid, seq) order; seq (a sequence) orders the rows of one
-- transaction. (PostgreSQL's documentation of snapshots, "Snapshot Information" in the system
-- information functions: xmin is the "lowest transaction ID that was still active. All
-- transaction IDs less than xmin are either committed and visible, or rolled back and dead."
-- pg_current_xact_id() is the top-level transaction's id, also when called inside a
-- subtransaction, and ids are cluster-wide, so the bound also waits for transactions of other
-- databases and for prepared two-phase transactions. Read from the primary, not a hot standby.) The price: the feed lags behind the oldest running transaction of the whole
-- PostgreSQL cluster (a transaction left open holds it back until it ends).
--
-- ONE ENTITY, IN COMMIT ORDER. Transaction ids are taken at a transaction's first write, not at
-- commit: T2 may take id 99, T1 id 100, T1 change resource R and commit, and then T2 change R and
-- commit. Ordered by writer id alone, the feed would put T2's (newer) change of R before T1's, and
-- a consumer would end with the wrong state (an UPSERT after the DELETE that really came last).
-- So a row's position is pos_xid = greatest(writer xid, the pos_xid of the entity's previous
-- row): the evaluation locks the entity's change_public_state row (FOR UPDATE), so two writers
-- of one entity record it one after the other, and the second sees the first's pos_xid. The
-- bound still holds: pos_xid >= writer xid, so a row with pos_xid below xmin has a finished
-- writer, and a row written later has pos_xid >= its writer's id >= the xmin of any earlier read.
--
-- RACES BETWEEN AN ENTITY AND THE ACTORS IT DEPENDS ON. A resource's visibility depends on its
-- publisher's status, a collaboration's on its participants' actors. The evaluation reads those
-- actor rows FOR SHARE before it decides: a concurrent suspension (an UPDATE of the actor row,
-- which holds the row until commit) then makes it wait and read the committed status, and a
-- suspension that comes later finds the entity's committed rows when it walks its resources
-- and collaborations. Without this, a publish and a suspension at once could each see the other
-- undone and the feed would never say the resource left public view. (This relies on READ
-- COMMITTED, the API's isolation level: every statement of the trigger takes a fresh snapshot.)

-- What the feed last said about each entity it has evaluated.
create table change_public_state (
    entity_type      text not null check (entity_type in ('RESOURCE', 'ACTOR', 'COLLABORATION')),
    entity_id        uuid not null,
    is_public        boolean not null default false,
    ever_public      boolean not null default false,
    version          bigint,
    actor_id         uuid,             -- publisher, lead, or the actor itself (kept for tombstones of deleted rows)
    last_pos_xid     xid8,             -- position of the entity's last change row
    touched_xid      xid8,             -- the transaction that last evaluated it (once per transaction)
    touched_direct   boolean not null default false,
    emitted_xid      xid8,             -- the transaction that last wrote a change row for it
    primary key (entity_type, entity_id)
);

create sequence change_log_seq;

create table change_log (
    pos_xid            xid8 not null,
    seq                bigint not null default nextval('change_log_seq'),
    writer_xid         xid8 not null default pg_current_xact_id(),
    entity_type        text not null check (entity_type in ('RESOURCE', 'ACTOR', 'COLLABORATION')),
    entity_id          uuid not null,
    kind               text not null check (kind in ('UPSERT', 'DELETE')),
    version            bigint,
    actor_id           uuid,
    reason             text,
    first_publication  boolean not null default false,
    at                 timestamptz not null default clock_timestamp(),
    primary key (pos_xid, seq),
    check ((kind = 'DELETE') = (reason is not null))
);
create index change_log_at_idx on change_log (at);

-- The oldest position still kept: pruning (ChangeRetention) moves it forward; a cursor below it
-- is 410 Gone. One row.
create table change_log_horizon (
    only_row    boolean primary key default true check (only_row),
    pos_xid     xid8 not null,
    seq         bigint not null,
    pruned_at   timestamptz
);
insert into change_log_horizon (pos_xid, seq) values ('0'::xid8, 0);

-- What the public sees of one entity now, and if not, why not (the tombstone's reason).
-- Called after the actor rows it depends on are locked FOR SHARE (see above).
create function din_change_resource_state(p_id uuid, out is_public boolean, out reason text,
                                          out version bigint, out actor_id uuid)
    language plpgsql as $$
declare
    r record;
begin
    select res.status, res.taken_down_at, res.version, res.actor_id, pub.status as publisher_status
      into r
      from resource res join actor pub on pub.id = res.actor_id
     where res.id = p_id;
    if not found then
        is_public := false; reason := 'deleted'; return;
    end if;
    version := r.version;
    actor_id := r.actor_id;
    -- ResourcePolicy.PUBLIC_SQL
    is_public := r.status = 'PUBLISHED' and r.taken_down_at is null and r.publisher_status = 'ACTIVE';
    reason := case
        when is_public then null
        when r.taken_down_at is not null then 'taken-down'
        when r.status = 'ARCHIVED' then 'archived'
        when r.status = 'DRAFT' then 'unpublished'
        else 'publisher-not-active' end;
end $$;

create function din_change_collaboration_state(p_id uuid, out is_public boolean, out reason text,
                                               out version bigint, out actor_id uuid)
    language plpgsql as $$
declare
    c record;
    lead_status text;
    counting int;
begin
    select col.publication, col.taken_down_at, col.version into c from collaboration col where col.id = p_id;
    if not found then
        is_public := false; reason := 'deleted'; return;
    end if;
    version := c.version;
    select lp.actor_id, la.status into actor_id, lead_status
      from collaboration_participant lp join actor la on la.id = lp.actor_id
     where lp.collaboration_id = p_id and lp.role = 'LEAD';
    -- CollaborationPolicy.COUNTS_SQL: accepted, and the actor is active
    select count(*) into counting
      from collaboration_participant p join actor pa on pa.id = p.actor_id
     where p.collaboration_id = p_id and p.status = 'ACCEPTED' and pa.status = 'ACTIVE';
    -- CollaborationPolicy.PUBLIC_SQL
    is_public := c.publication = 'PUBLISHED' and c.taken_down_at is null
                 and lead_status is not distinct from 'ACTIVE' and counting >= 2;
    reason := case
        when is_public then null
        when c.taken_down_at is not null then 'taken-down'
        when c.publication = 'ARCHIVED' then 'archived'
        when c.publication = 'DRAFT' then 'unpublished'
        when lead_status is distinct from 'ACTIVE' then 'lead-not-active'
        else 'too-few-participants' end;
end $$;

create function din_change_actor_state(p_id uuid, out is_public boolean, out reason text,
                                       out version bigint, out actor_id uuid)
    language plpgsql as $$
declare
    a record;
begin
    select act.status, act.version into a from actor act where act.id = p_id;
    if not found then
        is_public := false; reason := 'deleted'; return;
    end if;
    version := a.version;
    actor_id := p_id;
    is_public := a.status = 'ACTIVE';
    reason := case when is_public then null when a.status = 'SUSPENDED' then 'suspended' else 'not-active' end;
end $$;

-- Evaluates one entity at commit and writes its change row if the feed must say something.
-- p_direct: the entity's own rows changed in this transaction (so a public entity gets an
-- UPSERT); otherwise only something it depends on changed (an actor's status), and only a change
-- of visibility is worth a row.
create function din_change_record(p_type text, p_id uuid, p_direct boolean) returns void
    language plpgsql as $$
declare
    me           xid8 := pg_current_xact_id();
    prev         change_public_state%rowtype;
    now_state    record;
    pos          xid8;
begin
    -- Once per transaction: the state is final at commit, so a second look would see the same.
    -- (A direct touch after an indirect one looks again, since it may owe an UPSERT.)
    select * into prev from change_public_state where entity_type = p_type and entity_id = p_id;
    if found and prev.touched_xid = me and (prev.touched_direct or not p_direct) then
        return;
    end if;

    -- Lock the actors the entity's visibility depends on (see RACES above), in id order.
    if p_type = 'RESOURCE' then
        perform 1 from actor a where a.id = (select r.actor_id from resource r where r.id = p_id) for share;
    elsif p_type = 'COLLABORATION' then
        perform 1 from actor a
         where a.id in (select p.actor_id from collaboration_participant p where p.collaboration_id = p_id)
         order by a.id for share;
    end if;

    -- Writers of one entity queue here; the second reads the first's committed state below.
    insert into change_public_state (entity_type, entity_id) values (p_type, p_id) on conflict do nothing;
    select * into prev from change_public_state where entity_type = p_type and entity_id = p_id for update;

    if p_type = 'RESOURCE' then
        select * into now_state from din_change_resource_state(p_id);
    elsif p_type = 'COLLABORATION' then
        select * into now_state from din_change_collaboration_state(p_id);
    else
        select * into now_state from din_change_actor_state(p_id);
    end if;

    pos := greatest(me, coalesce(prev.last_pos_xid, me));
    if prev.emitted_xid is distinct from me
       and ((now_state.is_public and (p_direct or not prev.is_public))
            or (not now_state.is_public and prev.is_public)) then
        insert into change_log (pos_xid, entity_type, entity_id, kind, version, actor_id, reason, first_publication)
        values (pos, p_type, p_id,
                case when now_state.is_public then 'UPSERT' else 'DELETE' end,
                coalesce(now_state.version, prev.version),
                coalesce(now_state.actor_id, prev.actor_id),
                now_state.reason,
                now_state.is_public and not prev.ever_public);
        update change_public_state
           set last_pos_xid = pos, emitted_xid = me
         where entity_type = p_type and entity_id = p_id;
    end if;

    update change_public_state
       set is_public = now_state.is_public,
           ever_public = ever_public or now_state.is_public,
           version = coalesce(now_state.version, version),
           actor_id = coalesce(now_state.actor_id, actor_id),
           touched_xid = me,
           touched_direct = p_direct or (touched_direct and touched_xid is not distinct from me)
     where entity_type = p_type and entity_id = p_id;
end $$;

-- The trigger on an entity's own table or a child table: TG_ARGV[0] is the entity type,
-- TG_ARGV[1] the column holding the entity's id. An UPDATE that moves a row to another entity
-- touches both.
create function din_change_touch() returns trigger
    language plpgsql as $$
declare
    new_id uuid;
    old_id uuid;
begin
    if tg_op <> 'DELETE' then
        new_id := (to_jsonb(new) ->> tg_argv[1])::uuid;
        perform din_change_record(tg_argv[0], new_id, true);
    end if;
    if tg_op <> 'INSERT' then
        old_id := (to_jsonb(old) ->> tg_argv[1])::uuid;
        if old_id is distinct from new_id then
            perform din_change_record(tg_argv[0], old_id, true);
        end if;
    end if;
    return null;
end $$;

-- An actor's status decides what the public sees of everything it published or leads or takes
-- part in: a suspension makes tombstones for those that were public, a reinstatement UPSERTs.
create function din_change_actor_status() returns trigger
    language plpgsql as $$
declare
    entity uuid;
begin
    for entity in select r.id from resource r where r.actor_id = new.id order by r.id loop
        perform din_change_record('RESOURCE', entity, false);
    end loop;
    for entity in select distinct p.collaboration_id from collaboration_participant p
                   where p.actor_id = new.id order by 1 loop
        perform din_change_record('COLLABORATION', entity, false);
    end loop;
    return null;
end $$;

create constraint trigger resource_change after insert or update or delete on resource
    deferrable initially deferred for each row execute function din_change_touch('RESOURCE', 'id');
create constraint trigger resource_co_organiser_change after insert or update or delete on resource_co_organiser
    deferrable initially deferred for each row execute function din_change_touch('RESOURCE', 'resource_id');
create constraint trigger resource_technology_area_change after insert or update or delete on resource_technology_area
    deferrable initially deferred for each row execute function din_change_touch('RESOURCE', 'resource_id');
create constraint trigger resource_sdg_change after insert or update or delete on resource_sdg
    deferrable initially deferred for each row execute function din_change_touch('RESOURCE', 'resource_id');
create constraint trigger event_occurrence_change after insert or update or delete on event_occurrence
    deferrable initially deferred for each row execute function din_change_touch('RESOURCE', 'resource_id');

create constraint trigger actor_change after insert or update or delete on actor
    deferrable initially deferred for each row execute function din_change_touch('ACTOR', 'id');
create constraint trigger actor_technology_area_change after insert or update or delete on actor_technology_area
    deferrable initially deferred for each row execute function din_change_touch('ACTOR', 'actor_id');
create constraint trigger actor_status_change after update of status on actor
    deferrable initially deferred for each row when (old.status is distinct from new.status)
    execute function din_change_actor_status();

create constraint trigger collaboration_change after insert or update or delete on collaboration
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'id');
create constraint trigger collaboration_participant_change after insert or update or delete on collaboration_participant
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');
create constraint trigger collaboration_sdg_change after insert or update or delete on collaboration_sdg
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');
create constraint trigger collaboration_technology_area_change after insert or update or delete on collaboration_technology_area
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');
create constraint trigger collaboration_knowledge_area_change after insert or update or delete on collaboration_knowledge_area
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');
create constraint trigger collaboration_place_change after insert or update or delete on collaboration_place
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');
create constraint trigger collaboration_funding_change after insert or update or delete on collaboration_funding
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');
create constraint trigger collaboration_resource_change after insert or update or delete on collaboration_resource
    deferrable initially deferred for each row execute function din_change_touch('COLLABORATION', 'collaboration_id');

-- What is public when this migration runs counts as already published: the feed starts here
-- (a consumer starts from the lists), and a later change of these is an UPSERT, their leaving
-- public view a tombstone, not a first publication.
insert into change_public_state (entity_type, entity_id, is_public, ever_public, version, actor_id)
select 'ACTOR', a.id, true, true, a.version, a.id from actor a where a.status = 'ACTIVE';
insert into change_public_state (entity_type, entity_id, is_public, ever_public, version, actor_id)
select 'RESOURCE', r.id, true, true, r.version, r.actor_id from resource r
 where (din_change_resource_state(r.id)).is_public;
insert into change_public_state (entity_type, entity_id, is_public, ever_public, version, actor_id)
select 'COLLABORATION', c.id, true, true, c.version, s.actor_id
  from collaboration c, din_change_collaboration_state(c.id) s
 where s.is_public;
