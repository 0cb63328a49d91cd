-- Issue 10: integrators sync by their own ids, and retry creating POSTs safely.

-- An integrator's own id for a resource, unique per publishing actor (the publisher never changes).
-- The unique index is what makes two concurrent upserts of one new id end with one row.
alter table resource add column external_id text
    constraint resource_external_id_check check (external_id ~ '^[A-Za-z0-9._:~-]{1,200}$');
create unique index resource_actor_external_id_key on resource (actor_id, external_id) where external_id is not null;

-- For a collaboration the id belongs to the actor that led it when it was created through the
-- upsert (external_actor_id): handing the lead over does not move the integrator's id.
alter table collaboration add column external_id text
    constraint collaboration_external_id_check check (external_id ~ '^[A-Za-z0-9._:~-]{1,200}$');
alter table collaboration add column external_actor_id uuid references actor (id);
alter table collaboration add constraint collaboration_external_id_pair_check
    check ((external_id is null) = (external_actor_id is null));
create unique index collaboration_actor_external_id_key on collaboration (external_actor_id, external_id)
    where external_id is not null;

-- Idempotency-Key (IETF httpapi draft 07): one row per caller (the token's subject) and key.
-- A row without status is a request still running; with status, the response to replay.
create table idempotency_key (
    subject      text        not null,
    key          text        not null,
    fingerprint  text        not null,
    created_at   timestamptz not null default now(),
    completed_at timestamptz,
    status       integer,
    headers      jsonb,
    body         bytea,
    primary key (subject, key)
);
create index idempotency_key_created_at_idx on idempotency_key (created_at);
