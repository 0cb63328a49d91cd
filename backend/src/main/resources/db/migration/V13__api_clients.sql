-- API clients: partners' systems (integrators) that act for one actor through the API with
-- OAuth2 client-credentials tokens. Each row is one confidential client in the Keycloak realm;
-- a token whose `azp` is the client_id of an active row (revoked_at is null) acts for actor_id.
create table api_client (
    id                  uuid primary key,
    actor_id            uuid not null references actor (id) on delete cascade,
    name                text not null check (length(name) between 1 and 100),
    -- Keycloak's clientId (what tokens carry in `azp`) and its internal id (for the admin API).
    client_id           text not null unique check (length(client_id) between 1 and 255),
    keycloak_id         text check (length(keycloak_id) <= 255),
    -- The person who registered it, as they were then (the person row may change later).
    created_by_subject  text check (length(created_by_subject) <= 255),
    created_by_name     text check (length(created_by_name) <= 200),
    created_at          timestamptz not null default now(),
    secret_rotated_at   timestamptz,
    revoked_at          timestamptz
);
create index api_client_actor_idx on api_client (actor_id, created_at desc);
