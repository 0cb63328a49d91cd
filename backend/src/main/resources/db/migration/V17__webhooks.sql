-- Webhook subscriptions (Standard Webhooks 1.0) and the deliveries stored for them before they are sent.

create table webhook_subscription (
    id                          uuid primary key,
    actor_id                    uuid not null references actor (id) on delete cascade,
    url                         varchar(2048) not null,
    event_types                 varchar(64)[] not null,
    description                 varchar(500),
    -- The signing secret ("whsec_" + base64); kept readable because every delivery is signed with it.
    secret                      varchar(100) not null,
    -- The secret before the last rotation, still signing (as a second signature) until it expires.
    previous_secret             varchar(100),
    previous_secret_expires_at  timestamptz,
    status                      varchar(16) not null check (status in ('ACTIVE', 'DISABLED')),
    disabled_reason             varchar(500),
    disabled_at                 timestamptz,
    -- When the subscription started failing without a success since; null while it is healthy.
    failing_since               timestamptz,
    created_at                  timestamptz not null,
    created_by                  varchar(255),
    secret_rotated_at           timestamptz,
    version                     bigint not null default 0
);
create index webhook_subscription_actor on webhook_subscription (actor_id, created_at desc);

create table webhook_delivery (
    id                    uuid primary key,
    subscription_id       uuid not null references webhook_subscription (id) on delete cascade,
    -- The webhook-id header: the same for every attempt of this delivery, so receivers can deduplicate.
    message_id            varchar(64) not null unique,
    event_type            varchar(64) not null,
    -- The exact bytes that are signed and sent.
    payload               text not null,
    status                varchar(16) not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'RETRYING')),
    attempts              integer not null default 0,
    next_attempt_at       timestamptz,
    -- A sender holds a delivery until lease_until; another replica may take it over after that (a crash).
    lease_until           timestamptz,
    lease_token           uuid,
    first_attempt_at      timestamptz,
    last_attempt_at       timestamptz,
    last_response_status  integer,
    last_response_body    varchar(1024),
    last_error            varchar(1000),
    created_at            timestamptz not null
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index webhook_delivery_log on webhook_delivery (subscription_id, created_at desc, id desc);
-- The hourly prune of finished deliveries past the log's retention.
create index webhook_delivery_created on webhook_delivery (created_at);

-- Where the change-log follower has read up to: one row, locked by the replica that follows.
create table webhook_change_cursor (
    id      integer primary key check (id = 1),
    cursor  varchar(200)
);
insert into webhook_change_cursor (id, cursor) values (1, null);
