-- Rate limits (se.digitalimpactnorth.ratelimit): one row per (bucket, window), where a bucket is
-- an API client ("client:<token subject>") or a client address ("address:<ip>") and the window
-- is cut from the database's clock. Every replica adds to the same rows with one upsert per
-- request, so the limit holds across replicas. UNLOGGED: counters need no crash safety (a
-- crash forgets at most one window's counts) and skip the write-ahead log, which keeps the
-- per-request write cheap. Ended windows are deleted every minute (RateLimiter.prune).
create unlogged table rate_limit_counter (
    bucket        text not null,
    window_start  timestamptz not null,
    hits          integer not null,
    primary key (bucket, window_start)
);
