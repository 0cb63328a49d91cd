-- Hibernate Search's outbox (coordination strategy outbox-polling): every transaction that changes
-- an indexed entity also writes an event here; the processors of the running replicas claim the
-- events (sharded by entityIdHash among the agents) and apply them to OpenSearch. An event stays
-- here until it is applied, so nothing is lost while OpenSearch or a replica is down.
-- The columns are Hibernate Search 8.2's (its generated DDL for PostgreSQL).
create table hsearch_outbox_event (
    id           uuid                     not null primary key,
    entityName   varchar(256)             not null,
    entityId     varchar(256)             not null,
    entityIdHash integer                  not null,
    payload      bytea                    not null,
    retries      integer                  not null,
    processAfter timestamp(6) with time zone not null,
    status       varchar(255)             not null check (status in ('PENDING', 'ABORTED')),
    tenantId     varchar(255)
);
-- The processors poll for due events in order.
create index hsearch_outbox_event_due on hsearch_outbox_event (processAfter, entityIdHash) where status = 'PENDING';

-- The processors (and mass indexers) that run, with their heartbeat and shard assignment.
create table hsearch_agent (
    id                 uuid                     not null primary key,
    type               varchar(255)             not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
                                                   'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name               varchar(255)             not null,
    expiration         timestamp(6) with time zone not null,
    state              varchar(255)             not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    totalShardCount    integer,
    assignedShardIndex integer,
    payload            bytea,
    tenantId           varchar(255)
);
